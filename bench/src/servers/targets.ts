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

/** Several instances of one server behind one address space: what they share. */
export interface ScaleOutSetup {
  instances: number;
  /** ours: one fresh PostgreSQL database for the group, instead of an SQLite file each. */
  postgres: boolean;
  /** Changes cross instances over Redis (a channel prefix of the group's own). */
  redis: boolean;
}

/** A column of a result table: a server with one configuration. */
export interface ServerSetup {
  label: string;
  target: ServerTarget;
  config?: Omit<ServerConfig, 'dataDir'>;
  /** Run as a group of instances over shared services; one process on its own otherwise. */
  scaleOut?: ScaleOutSetup;
}

/** The three servers as each is meant to run, persistence on. */
export const DEFAULT_SETUPS: readonly ServerSetup[] = [
  { label: 'ours', target: OURS },
  { label: 'hocuspocus', target: HOCUSPOCUS },
  { label: 'y-websocket-server', target: Y_WEBSOCKET_SERVER },
];

/**
 * Issue 16: one instance on SQLite and the single-process peers, beside our server over
 * PostgreSQL + Redis and Hocuspocus with its Redis extension, each on 1, 2 and 3 instances.
 */
export const SCALE_OUT_SETUPS: readonly ServerSetup[] = [
  { label: 'ours', target: OURS },
  ...[1, 2, 3].map((instances) => ({ label: `ours pg+redis ×${instances}`, target: OURS, scaleOut: { instances, postgres: true, redis: true } })),
  { label: 'hocuspocus', target: HOCUSPOCUS },
  ...[1, 2, 3].map((instances) => ({ label: `hocuspocus redis ×${instances}`, target: HOCUSPOCUS, scaleOut: { instances, postgres: false, redis: true } })),
  { label: 'y-websocket-server', target: Y_WEBSOCKET_SERVER },
];

/** The column our ratio is computed for. */
export const OURS_LABEL = 'ours';
