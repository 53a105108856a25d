import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { machineBusySeconds, servicesCpuSeconds, type ProcessSample } from '../servers/procStats.js';

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
  /** PostgreSQL and Redis, when the window counts them (every process of theirs on the machine). */
  servicesCpuPercent: number;
  /** CPU that neither the server nor the bench (nor the services, when counted) used: other work on this shared machine. */
  otherCpuPercent: number;
}

/** What the window reads its server figures from: one process or a group of instances. */
export interface SampledServer {
  sample(): ProcessSample;
}

/** Measures server CPU and the bench process's own load over a span of time. */
export class MeasurementWindow {
  private readonly startedAt = performance.now();
  private readonly serverCpuAtStart: number;
  private readonly benchCpuAtStart = process.cpuUsage();
  private readonly machineBusyAtStart = machineBusySeconds();
  private readonly lag = monitorEventLoopDelay({ resolution: LAG_RESOLUTION_MS });
  private readonly servicesAtStart: number | null;

  /** With `countServices`, PostgreSQL's and Redis' CPU is measured and left out of "other". */
  constructor(
    private readonly server: SampledServer,
    countServices = false,
  ) {
    this.serverCpuAtStart = server.sample().cpuSeconds;
    this.servicesAtStart = countServices ? servicesCpuSeconds() : null;
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
    const servicesCpu = this.servicesAtStart === null ? 0 : servicesCpuSeconds() - this.servicesAtStart;
    return {
      serverCpuPercent: (serverCpu / seconds) * 100,
      serverCpuSeconds: serverCpu,
      serverRssMb: server.rssBytes / 2 ** 20,
      benchCpuPercent: (benchCpu / seconds) * 100,
      benchLagP99Ms: lagMs(this.lag.percentile(99)),
      benchLagMaxMs: lagMs(this.lag.max),
      servicesCpuPercent: this.servicesAtStart === null ? Number.NaN : (servicesCpu / seconds) * 100,
      otherCpuPercent: (Math.max(0, machineCpu - serverCpu - benchCpu - servicesCpu) / seconds) * 100,
    };
  }
}
