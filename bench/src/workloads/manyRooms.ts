import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import * as Y from 'yjs';
import { ArrivalRecorder } from '../client/ArrivalRecorder.js';
import { BenchSocket } from '../client/BenchSocket.js';
import { closeAll, connectMany } from '../client/connectMany.js';
import { startTyping, Typist } from '../client/Typist.js';
import { summarizeLatencies } from '../report/stats.js';
import type { Sizes } from '../options.js';
import { DEFAULT_SETUPS, SCALE_OUT_SETUPS } from '../servers/targets.js';
import { SCALE_OUT_NOTES } from './guarantees.js';
import { MeasurementWindow } from './measurementWindow.js';
import { BENCH_LOAD_METRICS, benchLoadFigures, SERVICES_CPU_METRIC, servicesFigures, type Workload, type WorkloadVariant } from './workload.js';

/** Thousands of connections, a little typing in every room; `sizesOf` picks the scale's room sizes. */
function manyRoomsWorkloadOf(variant: WorkloadVariant, sizesOf: (sizes: Sizes) => Sizes['rooms']): Workload {
  return {
    name: variant.name,
    title: (sizes) => {
      const rooms = sizesOf(sizes);
      return `${variant.heading}: ${rooms.documents} documents × ${rooms.clientsPerDocument} clients (${(rooms.documents * rooms.clientsPerDocument).toLocaleString('en-US')} connections), one typist per room at ${rooms.charsPerSecond} characters/s`;
    },
    notes: [
      'Per room: one full client types (Y.Doc); the others are light raw-socket observers that join with an empty sync and time arrivals from the raw frames without applying them.',
      'Server CPU is the server process over the measured window; RSS at its end.',
      ...variant.notes,
    ],
    metrics: [
      { key: 'p50', label: 'edit→arrival p50', unit: 'ms', better: 'lower' },
      { key: 'p99', label: 'edit→arrival p99', unit: 'ms', better: 'lower' },
      { key: 'max', label: 'edit→arrival max', unit: 'ms', better: 'lower' },
      { key: 'missing', label: 'arrivals missing after 5 s', unit: '', better: 'lower' },
      { key: 'serverCpu', label: 'server CPU', unit: '% of a core', better: 'info' },
      { key: 'serverCpuPerEdit', label: 'server CPU per character typed', unit: 'µs', better: 'lower' },
      { key: 'serverRss', label: 'server RSS', unit: 'MB', better: 'lower' },
      { key: 'connectSeconds', label: 'time to connect and sync all', unit: 's', better: 'lower' },
      ...(variant.countServices ? [SERVICES_CPU_METRIC] : []),
      ...BENCH_LOAD_METRICS,
    ],
    setups: variant.setups,
    measure: async (setup, context) => {
      const { documents, clientsPerDocument, charsPerSecond, warmupMs, measureMs } = sizesOf(context.sizes);
      const server = await context.startGroup(setup);
      const recorder = new ArrivalRecorder();
      const docs = Array.from({ length: documents }, () => new Y.Doc());
      let sockets: BenchSocket[] = [];
      try {
        const connectStarted = performance.now();
        sockets = await connectMany(documents * clientsPerDocument, (index) => {
          const room = Math.floor(index / clientsPerDocument);
          const document = `room-${room}`;
          const isTypist = index % clientsPerDocument === 0;
          return new BenchSocket({
            url: server.documentUrl(document, index),
            document,
            protocol: setup.target.protocol,
            recorder,
            ...(isTypist ? { doc: docs[room] } : {}),
          });
        });
        const connectSeconds = (performance.now() - connectStarted) / 1000;
        context.log(`    ${sockets.length} sockets synced in ${connectSeconds.toFixed(1)} s`);
        const typists = docs.map((doc) => new Typist(doc, recorder, clientsPerDocument - 1));
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
          p99: latency.p99,
          max: latency.max,
          missing: recorder.missing(),
          serverCpu: figures.serverCpuPercent,
          serverCpuPerEdit: (figures.serverCpuSeconds * 1e6) / recorder.measuredSent,
          serverRss: figures.serverRssMb,
          connectSeconds,
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

/** Workload 2: thousands of connections in one server process. */
export const manyRoomsWorkload = manyRoomsWorkloadOf(
  { name: 'rooms', heading: '2. Many rooms', notes: [], setups: () => DEFAULT_SETUPS, countServices: false },
  (sizes) => sizes.rooms,
);

/** Workload 10 (issue 16): the same rooms on 1, 2 and 3 instances over shared services. */
export const manyRoomsInstancesWorkload = manyRoomsWorkloadOf(
  { name: 'rooms-instances', heading: '10. Many rooms across instances', notes: SCALE_OUT_NOTES, setups: () => SCALE_OUT_SETUPS, countServices: true },
  (sizes) => sizes.rooms,
);

/** Workload 11 (issue 16): twice the connections of workload 2 in one process (target p99 < 50 ms). */
export const connectionsWorkload = manyRoomsWorkloadOf(
  { name: 'connections', heading: '11. Connections on one process', notes: [], setups: () => DEFAULT_SETUPS, countServices: false },
  (sizes) => sizes.connections,
);
