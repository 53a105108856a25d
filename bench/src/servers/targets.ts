import { fileURLToPath } from 'node:url';
import { hocuspocusWire, yWebsocketWire, type WireProtocol } from '../client/wire.js';
import type { ServerKind } from '../options.js';
import type { ServerConfig } from './childProtocol.js';

/** A server under test: the script its child process runs and how clients reach a document. */
export interface ServerTarget {
  kind: ServerKind;
  script: string;
  protocol: WireProtocol;
  documentUrl: (port: number, document: string) => string;
}

const script = (name: string): string => fileURLToPath(new URL(`./${name}.ts`, import.meta.url));

export const OURS: ServerTarget = {
  kind: 'ours',
  script: script('ours'),
  protocol: yWebsocketWire,
  documentUrl: (port, document) => `ws://127.0.0.1:${port}/collab/${document}`,
};

export const HOCUSPOCUS: ServerTarget = {
  kind: 'hocuspocus',
  script: script('hocuspocus'),
  protocol: hocuspocusWire,
  // One socket can carry many documents; the name travels in every message.
  documentUrl: (port) => `ws://127.0.0.1:${port}`,
};

export const Y_WEBSOCKET_SERVER: ServerTarget = {
  kind: 'y-websocket-server',
  script: script('yWebsocketServer'),
  protocol: yWebsocketWire,
  documentUrl: (port, document) => `ws://127.0.0.1:${port}/${document}`,
};

/** A column of a result table: a server with one configuration. */
export interface ServerSetup {
  label: string;
  target: ServerTarget;
  config?: Omit<ServerConfig, 'dataDir'>;
}

/** The three servers as each is meant to run, persistence on. */
export const DEFAULT_SETUPS: readonly ServerSetup[] = [
  { label: 'ours', target: OURS },
  { label: 'hocuspocus', target: HOCUSPOCUS },
  { label: 'y-websocket-server', target: Y_WEBSOCKET_SERVER },
];

/** The column our ratio is computed for. */
export const OURS_LABEL = 'ours';
