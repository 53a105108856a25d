import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import * as decoding from 'lib0/decoding';
import { MESSAGE_SAVED } from '@iap/shared';

export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Resolves once the first sync with the server is done. */
  synced: Promise<void>;
  /** The last committed state vector the server acknowledged (our clients opt in with ack=1). */
  savedStateVector: () => Map<number, number>;
  /** Resolves when the server has committed everything this client wrote. */
  whenSaved: () => Promise<void>;
  destroy: () => void;
}

/** A stock y-websocket client in Node, with our "saved" handler added the way the web client adds it. */
export function connectClient(
  wsUrl: string,
  documentName: string,
  options: { ack?: boolean; headers?: Record<string, string>; params?: Record<string, string> } = {},
): TestClient {
  const doc = new Y.Doc();
  let saved = new Map<number, number>();
  const listeners = new Set<() => void>();
  const headers = options.headers;
  // ws lets a Node client send the session cookie the browser would send.
  class HeaderWebSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, headers ? { headers } : {});
    }
  }
  const provider = new WebsocketProvider(wsUrl, documentName, doc, {
    WebSocketPolyfill: HeaderWebSocket as unknown as typeof globalThis.WebSocket,
    params: { ...(options.ack === false ? {} : { ack: '1' }), ...options.params },
    disableBc: true,
    maxBackoffTime: 200,
  });
  provider.messageHandlers[MESSAGE_SAVED] = (_encoder, decoder) => {
    saved = Y.decodeStateVector(decoding.readVarUint8Array(decoder));
    for (const listener of listeners) listener();
  };
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    else provider.once('sync', (isSynced: boolean) => isSynced && resolve());
  });
  const isSaved = (): boolean => (saved.get(doc.clientID) ?? 0) >= Y.getState(doc.store, doc.clientID);
  return {
    doc,
    provider,
    synced,
    savedStateVector: () => saved,
    whenSaved: () =>
      new Promise<void>((resolve) => {
        if (isSaved()) return resolve();
        const check = (): void => {
          if (!isSaved()) return;
          listeners.delete(check);
          resolve();
        };
        listeners.add(check);
      }),
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Resolves when `predicate` holds, re-checking on every change of `doc`; rejects after `timeoutMs`. */
export function waitForDoc(doc: Y.Doc, predicate: () => boolean, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (predicate()) return resolve();
    const timer = setTimeout(() => {
      doc.off('update', check);
      reject(new Error('timed out waiting for the document'));
    }, timeoutMs);
    const check = (): void => {
      if (!predicate()) return;
      clearTimeout(timer);
      doc.off('update', check);
      resolve();
    };
    doc.on('update', check);
  });
}
