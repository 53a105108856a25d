import fs from 'node:fs';

/** Linux reports CPU time in clock ticks; 100 per second on every x86-64 and arm64 kernel config we run. */
const TICKS_PER_SECOND = 100;

export interface ProcessSample {
  /** user + system CPU time since the process started, in seconds. */
  cpuSeconds: number;
  rssBytes: number;
  /** Highest RSS the process has had (VmHWM). */
  peakRssBytes: number;
}

/** CPU time and memory of another process, read from /proc (Linux only). */
export function sampleProcess(pid: number): ProcessSample {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name may contain spaces and parentheses; fields are counted after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of the file, 12 and 13 after the name.
  const cpuTicks = Number(fields[11]) + Number(fields[12]);
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return {
    cpuSeconds: cpuTicks / TICKS_PER_SECOND,
    rssBytes: statusKilobytes(status, 'VmRSS') * 1024,
    peakRssBytes: statusKilobytes(status, 'VmHWM') * 1024,
  };
}

function statusKilobytes(status: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  if (!match?.[1]) throw new Error(`no ${field} in /proc status`);
  return Number(match[1]);
}

/** CPU time all processes of the machine have used since boot, in seconds (from /proc/stat). */
export function machineBusySeconds(): number {
  const line = fs.readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
  // cpu  user nice system idle iowait irq softirq steal ...: everything but idle and iowait is busy.
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = line.trim().split(/\s+/).slice(1).map(Number);
  return (user + nice + system + irq + softirq + steal) / TICKS_PER_SECOND;
}

/** The shared services several instances use; their CPU is theirs, not the servers' nor other work's. */
const SERVICE_COMMANDS = new Set(['postgres', 'redis-server']);

/**
 * CPU time used so far by every PostgreSQL and Redis process of the machine, in seconds.
 * Machine-wide: it includes other users of the same services, and a connection process that
 * ends between two readings takes its time with it.
 */
export function servicesCpuSeconds(): number {
  let ticks = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    if (!SERVICE_COMMANDS.has(command)) continue;
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / TICKS_PER_SECOND;
}
