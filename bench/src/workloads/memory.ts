import { BenchSocket } from '../client/BenchSocket.js';
import { closeAll, connectMany } from '../client/connectMany.js';
import { iapDocument } from '../fixtures/iapDocument.js';
import { DEFAULT_SETUPS } from '../servers/targets.js';
import type { Workload } from './workload.js';

const MB = 2 ** 20;

/** Workload 4: what an open document and an idle connection cost in server memory. */
export const memoryWorkload: Workload = {
  name: 'memory',
  title: ({ memory }) =>
    `4. Memory: ${memory.documents} open documents of ${Math.round(memory.documentBytes / 1000)} KB Yjs state, then ${memory.idleConnections} idle connections on them`,
  notes: [
    'RSS of the server process (from /proc) after a full garbage collection, at three points: started; with every document open (one connection each, which seeded it); with the idle connections added (light observers, spread over the documents).',
    'Per idle connection = RSS growth of the last step ÷ connections. Per open document = RSS growth of the second step ÷ documents, minus one connection. The V8 heap figures are the same differences taken on the JS heap alone.',
  ],
  metrics: [
    { key: 'baseRss', label: 'RSS at start', unit: 'MB', better: 'lower' },
    { key: 'perDocumentRss', label: 'RSS per open document', unit: 'KB', better: 'lower' },
    { key: 'perConnectionRss', label: 'RSS per idle connection', unit: 'KB', better: 'lower' },
    { key: 'perDocumentHeap', label: 'V8 heap per open document', unit: 'KB', better: 'lower' },
    { key: 'perConnectionHeap', label: 'V8 heap per idle connection', unit: 'KB', better: 'lower' },
  ],
  setups: () => DEFAULT_SETUPS,
  measure: async (setup, context) => {
    const { documents, documentBytes, idleConnections } = context.sizes.memory;
    const state = iapDocument(documentBytes);
    const server = await context.startServer(setup);
    const sockets: BenchSocket[] = [];
    const settle = async (): Promise<{ rss: number; heap: number }> => {
      const heap = await server.collectGarbage();
      return { rss: server.sample().rssBytes, heap };
    };
    try {
      const base = await settle();
      const documentName = (index: number): string => `memory-${index}`;
      sockets.push(
        ...(await connectMany(
          documents,
          (index) =>
            new BenchSocket({
              url: server.documentUrl(documentName(index)),
              document: documentName(index),
              protocol: setup.target.protocol,
              initialUpdate: state,
            }),
          16,
        )),
      );
      const withDocuments = await settle();
      sockets.push(
        ...(await connectMany(idleConnections, (index) => {
          const document = documentName(index % documents);
          return new BenchSocket({ url: server.documentUrl(document), document, protocol: setup.target.protocol });
        })),
      );
      const withConnections = await settle();
      const perConnection = (from: number, to: number): number => (to - from) / idleConnections;
      const perDocument = (from: number, to: number, connection: number): number => (to - from) / documents - connection;
      const connectionRss = perConnection(withDocuments.rss, withConnections.rss);
      const connectionHeap = perConnection(withDocuments.heap, withConnections.heap);
      return {
        baseRss: base.rss / MB,
        perDocumentRss: perDocument(base.rss, withDocuments.rss, connectionRss) / 1024,
        perConnectionRss: connectionRss / 1024,
        perDocumentHeap: perDocument(base.heap, withDocuments.heap, connectionHeap) / 1024,
        perConnectionHeap: connectionHeap / 1024,
      };
    } finally {
      closeAll(sockets);
      await server.dispose();
    }
  },
};
