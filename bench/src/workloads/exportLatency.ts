import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import * as Y from 'yjs';
import { CREATIVE_CLUSTERS, exportJobCreatedSchema, exportJobStatusSchema, iapDocumentName } from '@iap/shared';
import { ArrivalRecorder } from '../client/ArrivalRecorder.js';
import { BenchSocket } from '../client/BenchSocket.js';
import { closeAll } from '../client/connectMany.js';
import { signIn } from '../client/signIn.js';
import { startTyping, Typist } from '../client/Typist.js';
import { iapDocument } from '../fixtures/iapDocument.js';
import { summarizeLatencies } from '../report/stats.js';
import type { ServerProcess } from '../servers/ServerProcess.js';
import { OURS, type ServerSetup } from '../servers/targets.js';
import { MeasurementWindow } from './measurementWindow.js';
import { BENCH_LOAD_METRICS, benchLoadFigures, type Workload } from './workload.js';

const DOCUMENT = 'typing';
/** The lead partner's role is what the export needs; an admin has it too and the server can create one at start. */
const ACCOUNT = { email: 'bench-export@example.org', name: 'Bench export', password: 'a long benchmark password' };
const JOB_TIMEOUT_MS = 10 * 60_000;

/** Workload 7 (ours only): what the all-plans export does to the latency of someone typing meanwhile. */
export const exportLatencyWorkload: Workload = {
  name: 'export',
  title: ({ export: sizes }) =>
    `7. Collab latency while the nine-plan ZIP export runs (ours only): plans of ${Math.round(sizes.planBytes / 1000)} KB of Yjs state, ${sizes.format.toUpperCase()}, one typist at ${sizes.charsPerSecond} characters/s`,
  notes: [
    'The nine IAP documents (iap.<city>) are seeded with the bench IAP fixture (rich text and an action table). One full client types into another document; a light observer times each character from the edit to its arrival (the typing client\'s round-trip through the server), first with the server idle, then while POST /api/exports builds the ZIP of the nine plans, until the job reports done.',
    'The export reads each plan from the live document on the event loop and lays the files out on a worker thread; the job yields to the event loop between plans.',
  ],
  metrics: [
    { key: 'p50', label: 'idle: edit→arrival p50', unit: 'ms', better: 'lower' },
    { key: 'p99', label: 'idle: edit→arrival p99', unit: 'ms', better: 'lower' },
    { key: 'exportP50', label: 'during export: edit→arrival p50', unit: 'ms', better: 'lower' },
    { key: 'exportP99', label: 'during export: edit→arrival p99', unit: 'ms', better: 'lower' },
    { key: 'exportMax', label: 'during export: edit→arrival max', unit: 'ms', better: 'lower' },
    { key: 'exportSeconds', label: 'export of the nine plans, start to done', unit: 's', better: 'lower' },
    { key: 'zipKb', label: 'ZIP size', unit: 'KB', better: 'info' },
    { key: 'serverCpu', label: 'server CPU during the export', unit: '% of a core', better: 'info' },
    ...BENCH_LOAD_METRICS,
  ],
  setups: (): ServerSetup[] => [{ label: 'ours', target: OURS, config: { account: ACCOUNT } }],
  measure: async (setup, context) => {
    const { planBytes, charsPerSecond, idleMs, format } = context.sizes.export;
    const server = await context.startServer(setup);
    const sockets: BenchSocket[] = [];
    let stopTyping = (): void => undefined;
    try {
      await seedPlans(server, setup, planBytes);
      const url = server.documentUrl(DOCUMENT);
      const recorder = new ArrivalRecorder();
      const observer = new BenchSocket({ url, document: DOCUMENT, protocol: setup.target.protocol, recorder });
      sockets.push(observer);
      await observer.synced;
      const doc = new Y.Doc();
      const writer = new BenchSocket({ url, document: DOCUMENT, protocol: setup.target.protocol, doc });
      sockets.push(writer);
      await writer.synced;
      stopTyping = startTyping([new Typist(doc, recorder, 1)], charsPerSecond);
      await sleep(idleMs / 5);

      recorder.measuring = true;
      await sleep(idleMs);
      recorder.measuring = false;
      await recorder.drained(5_000);
      const idle = summarizeLatencies(recorder.samples());
      const idleCount = recorder.samples().length;

      const siteUrl = `http://127.0.0.1:${server.port}`;
      const session = await signIn(siteUrl, ACCOUNT);
      const window = new MeasurementWindow(server);
      recorder.measuring = true;
      const started = performance.now();
      const zipBytes = await exportAllPlans(siteUrl, `${session.name}=${session.value}`, format);
      const exportSeconds = (performance.now() - started) / 1000;
      recorder.measuring = false;
      const figures = window.close();
      await recorder.drained(5_000);
      const during = summarizeLatencies(recorder.samples().slice(idleCount));
      return {
        p50: idle.p50,
        p99: idle.p99,
        exportP50: during.p50,
        exportP99: during.p99,
        exportMax: during.max,
        exportSeconds,
        zipKb: zipBytes / 1024,
        serverCpu: figures.serverCpuPercent,
        ...benchLoadFigures(figures),
      };
    } finally {
      stopTyping();
      closeAll(sockets);
      await server.dispose();
    }
  },
};

/** Writes the fixture into every city's plan; the sync reply after it shows the server has it. */
async function seedPlans(server: ServerProcess, setup: ServerSetup, planBytes: number): Promise<void> {
  const initialUpdate = iapDocument(planBytes);
  const seeders = CREATIVE_CLUSTERS.cities.map((city) => {
    const document = iapDocumentName(city.slug);
    return new BenchSocket({ url: server.documentUrl(document), document, protocol: setup.target.protocol, initialUpdate });
  });
  try {
    await Promise.all(seeders.map((socket) => socket.synced));
  } finally {
    closeAll(seeders);
  }
}

/** Starts the all-plans export and polls it to the end; resolves with the ZIP's size. */
async function exportAllPlans(siteUrl: string, cookie: string, format: 'pdf' | 'html'): Promise<number> {
  const headers = { cookie, 'content-type': 'application/json' };
  const started = await fetch(`${siteUrl}/api/exports`, { method: 'POST', headers, body: JSON.stringify({ format }) });
  if (started.status !== 202) throw new Error(`export not started: ${started.status} ${await started.text()}`);
  const { id } = exportJobCreatedSchema.parse(await started.json());
  const deadline = performance.now() + JOB_TIMEOUT_MS;
  while (performance.now() < deadline) {
    const status = exportJobStatusSchema.parse(await (await fetch(`${siteUrl}/api/exports/${id}`, { headers: { cookie } })).json());
    if (status.status === 'failed') throw new Error('the export job failed');
    if (status.status === 'done') {
      const file = await fetch(`${siteUrl}/api/exports/${id}/file`, { headers: { cookie } });
      return (await file.arrayBuffer()).byteLength;
    }
    await sleep(100);
  }
  throw new Error('the export job did not end in time');
}
