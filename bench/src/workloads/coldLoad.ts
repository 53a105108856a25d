import * as Y from 'yjs';
import { BenchSocket } from '../client/BenchSocket.js';
import { iapDocument } from '../fixtures/iapDocument.js';
import { median } from '../report/stats.js';
import type { ServerProcess } from '../servers/ServerProcess.js';
import { HOCUSPOCUS, OURS, Y_WEBSOCKET_SERVER, type ServerSetup } from '../servers/targets.js';
import type { Workload } from './workload.js';

/** Workload 3: a large stored document loaded by a server that does not hold it in memory. */
export const coldLoadWorkload: Workload = {
  name: 'cold',
  title: ({ cold }) =>
    `3. Cold load: an IAP of ${Math.round(cold.stateBytes / 1000)} KB of Yjs state (${Math.min(300, Math.round((cold.stateBytes * 0.4) / 1300))}-row action table, long rich text), then the same with ${cold.appendedUpdates} appended updates`,
  notes: [
    'Each server stores the documents, stops gracefully, and is started again: the first client of each document finds it on disk only. One warm-up document is loaded first (JIT), then each measured document once; figures are medians, and the fastest load, which on a shared machine is the closest to the cost without interference.',
    'connect→synced: the client opens the socket and gets the document (sync step 2 received and applied to its Y.Doc). Server-side load: from the first open of the document to its Y.Doc being ready, timed inside the server process.',
    'Appended updates: single-character edits at random places, stored before a restart. ours keeps them as rows of its update log (compaction is turned off for this workload; in production the log is folded after 500 updates); y-websocket-server keeps one row per update and folds them while loading (y-leveldb does the same past 500); Hocuspocus has no log: it stores the whole document, so its second case loads one blob as well.',
  ],
  metrics: [
    { key: 'synced', label: 'connect→synced', unit: 'ms', better: 'lower' },
    { key: 'serverLoad', label: 'server-side load', unit: 'ms', better: 'lower' },
    { key: 'serverLoadBest', label: 'server-side load, fastest', unit: 'ms', better: 'lower' },
    { key: 'syncedLog', label: 'connect→synced, with appended updates', unit: 'ms', better: 'lower' },
    { key: 'serverLoadLog', label: 'server-side load, with appended updates', unit: 'ms', better: 'lower' },
    { key: 'serverLoadLogBest', label: 'server-side load, with appended updates, fastest', unit: 'ms', better: 'lower' },
    { key: 'stateKb', label: 'state sent to the client', unit: 'KB', better: 'info' },
  ],
  setups: (): ServerSetup[] => [
    { label: 'ours', target: OURS, config: { neverCompact: true } },
    { label: 'hocuspocus', target: HOCUSPOCUS },
    { label: 'y-websocket-server', target: Y_WEBSOCKET_SERVER },
  ],
  measure: async (setup, context) => {
    const { stateBytes, appendedUpdates, repeats } = context.sizes.cold;
    const state = iapDocument(stateBytes);
    const plain = Array.from({ length: repeats }, (_, index) => `cold-${index}`);
    const logged = Array.from({ length: repeats }, (_, index) => `cold-log-${index}`);

    const writer = await context.startServer(setup);
    let reader: ServerProcess | null = null;
    try {
      for (const name of ['cold-warmup', ...plain, ...logged]) await seed(writer, name, state);
      for (const name of logged) await appendEdits(writer, name, state, appendedUpdates);
      await writer.stop();
      reader = await context.startServer(setup, writer.dataDir);
      await load(reader, 'cold-warmup');
      const plainLoads = [];
      for (const name of plain) plainLoads.push(await load(reader, name));
      const loggedLoads = [];
      for (const name of logged) loggedLoads.push(await load(reader, name));
      const serverLoads = await reader.loadTimes();
      const serverMs = (names: string[]): number[] => names.map((name) => serverLoads[name] ?? Number.NaN);
      return {
        synced: median(plainLoads.map((loaded) => loaded.ms)),
        serverLoad: median(serverMs(plain)),
        serverLoadBest: Math.min(...serverMs(plain)),
        syncedLog: median(loggedLoads.map((loaded) => loaded.ms)),
        serverLoadLog: median(serverMs(logged)),
        serverLoadLogBest: Math.min(...serverMs(logged)),
        stateKb: median(plainLoads.map((loaded) => loaded.bytes / 1024)),
      };
    } finally {
      await reader?.dispose();
      await writer.dispose();
    }
  },
};

/** Sends the whole state to the server; resolves once the server has processed (ours: committed) it. */
async function seed(server: ServerProcess, document: string, state: Uint8Array): Promise<void> {
  const socket = new BenchSocket({ url: server.documentUrl(document), document, protocol: server.setup.target.protocol, initialUpdate: state });
  try {
    await socket.synced;
  } finally {
    socket.close();
  }
}

/** Types `count` single characters at random places, each its own update, like many small edits over time. */
async function appendEdits(server: ServerProcess, document: string, state: Uint8Array, count: number): Promise<void> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const socket = new BenchSocket({ url: server.documentUrl(document), document, protocol: server.setup.target.protocol, doc });
  try {
    await socket.synced;
    const texts = doc
      .getXmlFragment('default')
      .toArray()
      .flatMap((node) => (node instanceof Y.XmlElement ? node.toArray().filter((child) => child instanceof Y.XmlText) : []));
    for (let edit = 0; edit < count; edit += 1) {
      const text = texts[(edit * 7919) % texts.length];
      if (!text) throw new Error('the document has no paragraph to edit');
      text.insert((edit * 104_729) % (text.length + 1), 'x');
    }
    await socket.roundTrip();
  } finally {
    socket.close();
    doc.destroy();
  }
}

/** A fresh full client opens the document; resolves with connect→synced time and the bytes it got. */
async function load(server: ServerProcess, document: string): Promise<{ ms: number; bytes: number }> {
  const doc = new Y.Doc();
  const socket = new BenchSocket({ url: server.documentUrl(document), document, protocol: server.setup.target.protocol, doc });
  try {
    await socket.synced;
    if (doc.getArray('actions').length === 0) throw new Error(`${server.label} served ${document} without its action table`);
    return { ms: socket.syncedAt - socket.startedAt, bytes: socket.syncBytes };
  } finally {
    socket.close();
    doc.destroy();
  }
}
