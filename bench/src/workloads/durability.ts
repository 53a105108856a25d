import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import * as Y from 'yjs';
import { ArrivalRecorder } from '../client/ArrivalRecorder.js';
import { BenchSocket } from '../client/BenchSocket.js';
import { closeAll, connectMany } from '../client/connectMany.js';
import { Typist } from '../client/Typist.js';
import { summarizeLatencies } from '../report/stats.js';
import { HOCUSPOCUS, OURS, Y_WEBSOCKET_SERVER, type ServerSetup } from '../servers/targets.js';
import { DURABILITY_GUARANTEES } from './guarantees.js';
import { MeasurementWindow } from './measurementWindow.js';
import { BENCH_LOAD_METRICS, benchLoadFigures, type Workload } from './workload.js';

const DOCUMENT = 'durability';
const BURST_TIMEOUT_MS = 60_000;

/** Workload 5: how many updates per second one document takes, with and without a commit before broadcast. */
export const durabilityWorkload: Workload = {
  name: 'durability',
  title: ({ durability }) =>
    `5. Durability cost: updates/s through one document, ${durability.writers} writers in closed loop, then a burst of ${durability.burstUpdates} pipelined updates`,
  notes: [
    'Closed loop: each writer types a character, waits until an observer on the same document received it, then types the next. Burst: one writer sends all its updates at once; the rate is updates ÷ time to the last arrival at the observer.',
    '"ours (no commit)" is our server with the SQLite write removed in-process (DocumentStore.appendUpdates resolves at once) and everything else kept: the difference to "ours" is the price of committing before broadcast. "ours (synchronous=FULL)" adds an fsync per commit (survives power loss).',
    '"y-websocket-server (memory)" stores nothing: the reference server without any persistence.',
    ...Object.values(DURABILITY_GUARANTEES),
  ],
  metrics: [
    { key: 'closedLoopRate', label: 'closed loop updates/s', unit: '', better: 'higher' },
    { key: 'p50', label: 'closed loop write→arrival p50', unit: 'ms', better: 'lower' },
    { key: 'p99', label: 'closed loop write→arrival p99', unit: 'ms', better: 'lower' },
    { key: 'burstRate', label: 'burst updates/s', unit: '', better: 'higher' },
    { key: 'serverCpu', label: 'server CPU in the closed loop', unit: '% of a core', better: 'info' },
    ...BENCH_LOAD_METRICS,
  ],
  setups: (): ServerSetup[] => [
    { label: 'ours', target: OURS },
    { label: 'ours (synchronous=FULL)', target: OURS, config: { sqliteSynchronous: 'FULL' } },
    { label: 'ours (no commit)', target: OURS, config: { skipCommit: true } },
    { label: 'hocuspocus', target: HOCUSPOCUS },
    { label: 'y-websocket-server', target: Y_WEBSOCKET_SERVER },
    { label: 'y-websocket-server (memory)', target: Y_WEBSOCKET_SERVER, config: { inMemory: true } },
  ],
  measure: async (setup, context) => {
    const { writers, measureMs, burstUpdates } = context.sizes.durability;
    const server = await context.startServer(setup);
    const recorder = new ArrivalRecorder();
    const url = server.documentUrl(DOCUMENT);
    const protocol = setup.target.protocol;
    let sockets: BenchSocket[] = [];
    try {
      const observer = new BenchSocket({ url, document: DOCUMENT, protocol, recorder });
      sockets.push(observer);
      await observer.synced;
      const docs = Array.from({ length: writers }, () => new Y.Doc());
      sockets = [observer, ...(await connectMany(writers, (index) => new BenchSocket({ url, document: DOCUMENT, protocol, doc: docs[index] })))];
      const typists = docs.map((doc) => new Typist(doc, recorder, 1));

      let running = true;
      let completed = 0;
      const loop = (typist: Typist): void => {
        if (!running) return;
        typist.typeCharacter(() => {
          completed += 1;
          loop(typist);
        });
      };
      for (const typist of typists) loop(typist);
      await sleep(measureMs / 5);
      recorder.measuring = true;
      const completedBefore = completed;
      const window = new MeasurementWindow(server);
      const started = performance.now();
      await sleep(measureMs);
      const closedLoopRate = ((completed - completedBefore) / (performance.now() - started)) * 1000;
      recorder.measuring = false;
      const figures = window.close();
      running = false;
      await recorder.drained(5_000);
      const latency = summarizeLatencies(recorder.samples());

      const burstRate = await burst(typists[0], burstUpdates);
      return {
        closedLoopRate,
        p50: latency.p50,
        p99: latency.p99,
        burstRate,
        serverCpu: figures.serverCpuPercent,
        ...benchLoadFigures(figures),
      };
    } finally {
      closeAll(sockets);
      await server.dispose();
    }
  },
};

/** Sends `count` updates back to back; resolves with updates/s up to the last arrival. */
function burst(typist: Typist | undefined, count: number): Promise<number> {
  if (!typist) return Promise.resolve(Number.NaN);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(Number.NaN), BURST_TIMEOUT_MS);
    const started = performance.now();
    let arrived = 0;
    const onArrived = (): void => {
      arrived += 1;
      if (arrived < count) return;
      clearTimeout(timer);
      resolve((count / (performance.now() - started)) * 1000);
    };
    for (let sent = 0; sent < count; sent += 1) typist.typeCharacter(onArrived);
  });
}
