/** What each server promises about an update another client has already seen. */
export const DURABILITY_GUARANTEES = {
  ours:
    'ours: each update is committed to SQLite (WAL, synchronous=NORMAL, which survives a process crash) before any other client receives it; updates that arrive in one event-loop turn share one transaction.',
  hocuspocus:
    'hocuspocus: applies and broadcasts at once; stores the whole document 2 s after the last change, at most 10 s after the first unsaved one, and when the last client leaves. A crash loses up to ~10 s of edits that everyone saw.',
  'y-websocket-server':
    'y-websocket-server: broadcasts first, then appends the update to SQLite (WAL, NORMAL) in the same tick (its persistence handler runs after the broadcast handler). A crash between the two loses an update that peers saw.',
} as const;

/** How the groups of instances of issue 16 are run, and what each promises. */
export const SCALE_OUT_NOTES: readonly string[] = [
  DURABILITY_GUARANTEES.ours,
  'ours pg+redis ×N: N processes of our server, each built as server/src/main.ts builds it from DATABASE_URL (one fresh PostgreSQL database for the group, dropped afterwards) and REDIS_URL. Each update is committed to PostgreSQL before any client on any instance receives it, then published on Redis; the other instances apply it and forward it to their clients.',
  DURABILITY_GUARANTEES.hocuspocus,
  'hocuspocus redis ×N: N Hocuspocus processes with @hocuspocus/extension-redis 4.7.0 (default settings), an SQLite file each. An instance whose document changed publishes its state vector (once per document per event-loop turn); each other instance replies with what it lacks and asks for what it lacks itself, so a change reaches another instance after three Redis messages. Nothing is stored before it is broadcast.',
  DURABILITY_GUARANTEES['y-websocket-server'],
  'Clients are dealt to the instances in turn (client i to instance i mod N), so most receivers of a change sit on another instance than its writer.',
  'Server CPU and RSS are the sums over the instances. PostgreSQL + Redis CPU is every postgres and redis-server process of the machine (other users of them included).',
];
