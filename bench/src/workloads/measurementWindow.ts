import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { machineBusySeconds } from '../servers/procStats.js';
import type { ServerProcess } from '../servers/ServerProcess.js';

const LAG_RESOLUTION_MS = 5;

export interface WindowFigures {
  /** Server process CPU, in % of one core, over the window. */
  serverCpuPercent: number;
  serverCpuSeconds: number;
  serverRssMb: number;
  /** This (client) process: when its CPU nears 100% or its lag grows, latencies are the client's. */
  benchCpuPercent: number;
  benchLagP99Ms: number;
  benchLagMaxMs: number;
  /** CPU that neither the server nor the bench used: other work on this shared machine. */
  otherCpuPercent: number;
}

/** Measures server CPU and the bench process's own load over a span of time. */
export class MeasurementWindow {
  private readonly startedAt = performance.now();
  private readonly serverCpuAtStart: number;
  private readonly benchCpuAtStart = process.cpuUsage();
  private readonly machineBusyAtStart = machineBusySeconds();
  private readonly lag = monitorEventLoopDelay({ resolution: LAG_RESOLUTION_MS });

  constructor(private readonly server: ServerProcess) {
    this.serverCpuAtStart = server.sample().cpuSeconds;
    this.lag.enable();
  }

  close(): WindowFigures {
    this.lag.disable();
    const seconds = (performance.now() - this.startedAt) / 1000;
    const server = this.server.sample();
    const bench = process.cpuUsage(this.benchCpuAtStart);
    // The histogram holds whole timer intervals; the lag is what exceeds the resolution.
    const lagMs = (nanoseconds: number): number => Math.max(0, nanoseconds / 1e6 - LAG_RESOLUTION_MS);
    const serverCpu = server.cpuSeconds - this.serverCpuAtStart;
    const benchCpu = (bench.user + bench.system) / 1e6;
    const machineCpu = machineBusySeconds() - this.machineBusyAtStart;
    return {
      serverCpuPercent: (serverCpu / seconds) * 100,
      serverCpuSeconds: serverCpu,
      serverRssMb: server.rssBytes / 2 ** 20,
      benchCpuPercent: (benchCpu / seconds) * 100,
      benchLagP99Ms: lagMs(this.lag.percentile(99)),
      benchLagMaxMs: lagMs(this.lag.max),
      otherCpuPercent: (Math.max(0, machineCpu - serverCpu - benchCpu) / seconds) * 100,
    };
  }
}
