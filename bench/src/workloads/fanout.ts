import { setTimeout as sleep } from 'node:timers/promises';
import * as Y from 'yjs';
import { ArrivalRecorder } from '../client/ArrivalRecorder.js';
import { BenchSocket } from '../client/BenchSocket.js';
import { closeAll, connectMany } from '../client/connectMany.js';
import { startTyping, Typist } from '../client/Typist.js';
import { summarizeLatencies } from '../report/stats.js';
import { DEFAULT_SETUPS, SCALE_OUT_SETUPS } from '../servers/targets.js';
import { DURABILITY_GUARANTEES, SCALE_OUT_NOTES } from './guarantees.js';
import { MeasurementWindow } from './measurementWindow.js';
import { BENCH_LOAD_METRICS, benchLoadFigures, SERVICES_CPU_METRIC, servicesFigures, type Workload, type WorkloadVariant } from './workload.js';

const DOCUMENT = 'fanout';

/** Many editors in one document; every character timed at every other editor. */
function fanoutWorkloadOf(variant: WorkloadVariant): Workload {
  return {
    name: variant.name,
    title: ({ fanout }) =>
      `${variant.heading}: 1 document, ${fanout.editors} editors each typing ${fanout.charsPerSecond} characters/s (${fanout.measureMs / 1000} s measured)`,
    notes: [
      'Latency: from the moment an editor makes a change to its arrival (frame received) at every other editor; each editor is a full client (Y.Doc, applies what arrives).',
      ...variant.notes,
    ],
    metrics: [
      { key: 'p50', label: 'edit→arrival p50', unit: 'ms', better: 'lower' },
      { key: 'p95', label: 'edit→arrival p95', unit: 'ms', better: 'lower' },
      { key: 'p99', label: 'edit→arrival p99', unit: 'ms', better: 'lower' },
      { key: 'max', label: 'edit→arrival max', unit: 'ms', better: 'lower' },
      { key: 'arrivals', label: 'arrivals timed', unit: '', better: 'info' },
      { key: 'missing', label: 'arrivals missing after 5 s', unit: '', better: 'lower' },
      { key: 'serverCpu', label: 'server CPU', unit: '% of a core', better: 'info' },
      { key: 'serverCpuPerEdit', label: 'server CPU per character typed', unit: 'µs', better: 'lower' },
      { key: 'serverRss', label: 'server RSS', unit: 'MB', better: 'lower' },
      ...(variant.countServices ? [SERVICES_CPU_METRIC] : []),
      ...BENCH_LOAD_METRICS,
    ],
    setups: variant.setups,
    measure: async (setup, context) => {
      const { editors, charsPerSecond, warmupMs, measureMs } = context.sizes.fanout;
      const server = await context.startGroup(setup);
      const recorder = new ArrivalRecorder();
      let sockets: BenchSocket[] = [];
      try {
        const docs = Array.from({ length: editors }, () => new Y.Doc());
        sockets = await connectMany(editors, (index) => {
          const doc = docs[index];
          return new BenchSocket({ url: server.documentUrl(DOCUMENT, index), document: DOCUMENT, protocol: setup.target.protocol, doc, recorder });
        });
        const typists = docs.map((doc) => new Typist(doc, recorder, editors - 1));
        const stopTyping = startTyping(typists, charsPerSecond);
        await sleep(warmupMs);
        recorder.measuring = true;
        const window = new MeasurementWindow(server, variant.countServices);
        await sleep(measureMs);
        recorder.measuring = false;
        const figures = window.close();
        stopTyping();
        await recorder.drained(5_000);
        const latency = summarizeLatencies(recorder.samples());
        return {
          p50: latency.p50,
          p95: latency.p95,
          p99: latency.p99,
          max: latency.max,
          arrivals: latency.count,
          missing: recorder.missing(),
          serverCpu: figures.serverCpuPercent,
          serverCpuPerEdit: (figures.serverCpuSeconds * 1e6) / recorder.measuredSent,
          serverRss: figures.serverRssMb,
          ...servicesFigures(figures),
          ...benchLoadFigures(figures),
        };
      } finally {
        closeAll(sockets);
        await server.dispose();
      }
    },
  };
}

/** Workload 1: one process of each server. */
export const fanoutWorkload = fanoutWorkloadOf({
  name: 'fanout',
  heading: '1. Fan-out latency',
  notes: Object.values(DURABILITY_GUARANTEES),
  setups: () => DEFAULT_SETUPS,
  countServices: false,
});

/** Workload 9 (issue 16): the same on 1, 2 and 3 instances over shared services. */
export const fanoutInstancesWorkload = fanoutWorkloadOf({
  name: 'fanout-instances',
  heading: '9. Fan-out across instances',
  notes: SCALE_OUT_NOTES,
  setups: () => SCALE_OUT_SETUPS,
  countServices: true,
});
