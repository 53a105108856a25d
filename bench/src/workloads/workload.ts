import type { Sizes, WorkloadName } from '../options.js';
import type { Figures, MetricDef } from '../report/resultTable.js';
import type { ServerGroup } from '../servers/ServerGroup.js';
import type { ServerProcess } from '../servers/ServerProcess.js';
import type { ServerSetup } from '../servers/targets.js';
import type { WindowFigures } from './measurementWindow.js';

export interface WorkloadContext {
  sizes: Sizes;
  log: (line: string) => void;
  /** Starts a server process; pass the data folder of a stopped one to restart it. */
  startServer: (setup: ServerSetup, dataDir?: string) => Promise<ServerProcess>;
  /** Starts the setup's instances (one process unless it scales out), with the shared services they need. */
  startGroup: (setup: ServerSetup) => Promise<ServerGroup>;
}

/** One workload of issue 7: what it measures and how, for one server at a time. */
export interface Workload {
  name: WorkloadName;
  title: (sizes: Sizes) => string;
  /** What each server guarantees, how the figures are taken. */
  notes: readonly string[];
  metrics: readonly MetricDef[];
  setups: () => readonly ServerSetup[];
  /** One measurement of one server; starts and stops everything it uses. */
  measure: (setup: ServerSetup, context: WorkloadContext) => Promise<Figures>;
}

/** One workload measured on another set of servers, under its own name and heading. */
export interface WorkloadVariant {
  name: WorkloadName;
  /** Number and name of the table, e.g. "9. Fan-out across instances". */
  heading: string;
  notes: readonly string[];
  setups: () => readonly ServerSetup[];
  /** Measure PostgreSQL's and Redis' CPU (setups that scale out use them). */
  countServices: boolean;
}

export const SERVICES_CPU_METRIC: MetricDef = { key: 'servicesCpu', label: 'PostgreSQL + Redis CPU', unit: '% of a core', better: 'info' };

export function servicesFigures(window: WindowFigures): Figures {
  return Number.isFinite(window.servicesCpuPercent) ? { servicesCpu: window.servicesCpuPercent } : {};
}

/** Printed beside every result: when the bench process is saturated, latencies are the client's. */
export const BENCH_LOAD_METRICS: readonly MetricDef[] = [
  { key: 'benchCpu', label: 'bench process CPU', unit: '% of a core', better: 'info' },
  { key: 'benchLagP99', label: 'bench event-loop lag p99', unit: 'ms', better: 'info' },
  { key: 'benchLagMax', label: 'bench event-loop lag max', unit: 'ms', better: 'info' },
  { key: 'otherCpu', label: 'CPU used by other processes', unit: '% of a core', better: 'info' },
];

export function benchLoadFigures(window: WindowFigures): Figures {
  return {
    benchCpu: window.benchCpuPercent,
    benchLagP99: window.benchLagP99Ms,
    benchLagMax: window.benchLagMaxMs,
    otherCpu: window.otherCpuPercent,
  };
}
