/**
 * What the bench process and a server process say to each other over the IPC channel.
 * The server under test runs alone in its child process so that its CPU time and RSS,
 * read from /proc, are its own and not the clients'.
 */

/** Passed to the child as JSON in BENCH_SERVER_CONFIG. */
export interface ServerConfig {
  /** Folder for the server's SQLite file; survives a restart of the child. */
  dataDir: string;
  /** ours: FULL adds an fsync per commit (survives power loss), NORMAL survives a crash. */
  sqliteSynchronous?: 'NORMAL' | 'FULL';
  /** ours: skip the SQLite write, keeping everything else (the price of the commit, in-process). */
  skipCommit?: boolean;
  /** ours: never fold the update log, so a document can be loaded with its whole log. */
  neverCompact?: boolean;
  /** ours: folder of the built web client to serve, or null. */
  clientDir?: string | null;
  /** ours: an admin account to create at start (the web client opens documents signed in only). */
  account?: { email: string; name: string; password: string };
  /** y-websocket-server: keep documents in memory only (no persistence at all). */
  inMemory?: boolean;
  /** ours: store documents in this PostgreSQL database (DATABASE_URL) instead of SQLite. */
  databaseUrl?: string;
  /** ours and hocuspocus: tell the other instances of the group about changes over this Redis. */
  redisUrl?: string;
  /** Prefix of the group's Redis channels and keys: runs of the bench never hear each other. */
  redisPrefix?: string;
}

export type ParentMessage = { type: 'gc' } | { type: 'loads' };

export type ChildMessage =
  | { type: 'ready'; port: number }
  | { type: 'gc'; heapUsedBytes: number }
  /** Server-side load time of each document, first load in this process, in ms. */
  | { type: 'loads'; loads: Record<string, number> };

export const CONFIG_ENV = 'BENCH_SERVER_CONFIG';
