/** The workloads of issues 7 and 16, in the order they run. */
export const WORKLOAD_NAMES = [
  'fanout',
  'rooms',
  'cold',
  'memory',
  'durability',
  'client',
  'export',
  'versions',
  'fanout-instances',
  'rooms-instances',
  'connections',
] as const;
export type WorkloadName = (typeof WORKLOAD_NAMES)[number];

export const SERVER_KINDS = ['ours', 'hocuspocus', 'y-websocket-server'] as const;
export type ServerKind = (typeof SERVER_KINDS)[number];

export const SCALE_NAMES = ['smoke', 'full'] as const;
export type ScaleName = (typeof SCALE_NAMES)[number];

/** Every size and duration a workload uses; `smoke` keeps the whole run to seconds. */
export interface Sizes {
  fanout: { editors: number; charsPerSecond: number; warmupMs: number; measureMs: number };
  rooms: {
    documents: number;
    clientsPerDocument: number;
    charsPerSecond: number;
    warmupMs: number;
    measureMs: number;
  };
  /** Workload 11: the rooms of workload 2 with more connections on one process. */
  connections: Sizes['rooms'];
  cold: { stateBytes: number; appendedUpdates: number; repeats: number };
  memory: { documents: number; documentBytes: number; idleConnections: number };
  durability: { writers: number; measureMs: number; burstUpdates: number };
  client: { editorRuns: number };
  /** `format` of the ZIP: PDF is the heaviest to lay out; smoke uses HTML to stay quick. */
  export: { planBytes: number; charsPerSecond: number; idleMs: number; format: 'pdf' | 'html' };
  versions: { stateBytes: number; edits: number };
}

export const SCALES: Record<ScaleName, Sizes> = {
  smoke: {
    fanout: { editors: 4, charsPerSecond: 5, warmupMs: 200, measureMs: 800 },
    rooms: { documents: 3, clientsPerDocument: 3, charsPerSecond: 5, warmupMs: 200, measureMs: 800 },
    connections: { documents: 6, clientsPerDocument: 3, charsPerSecond: 5, warmupMs: 200, measureMs: 800 },
    cold: { stateBytes: 20_000, appendedUpdates: 10, repeats: 1 },
    memory: { documents: 3, documentBytes: 10_000, idleConnections: 6 },
    durability: { writers: 2, measureMs: 400, burstUpdates: 30 },
    client: { editorRuns: 1 },
    export: { planBytes: 20_000, charsPerSecond: 10, idleMs: 800, format: 'html' },
    versions: { stateBytes: 20_000, edits: 10 },
  },
  full: {
    fanout: { editors: 50, charsPerSecond: 5, warmupMs: 5_000, measureMs: 30_000 },
    rooms: { documents: 500, clientsPerDocument: 10, charsPerSecond: 2, warmupMs: 5_000, measureMs: 30_000 },
    connections: { documents: 1_000, clientsPerDocument: 10, charsPerSecond: 2, warmupMs: 5_000, measureMs: 30_000 },
    cold: { stateBytes: 1_000_000, appendedUpdates: 1_000, repeats: 7 },
    memory: { documents: 200, documentBytes: 50_000, idleConnections: 2_000 },
    durability: { writers: 10, measureMs: 10_000, burstUpdates: 2_000 },
    client: { editorRuns: 5 },
    export: { planBytes: 300_000, charsPerSecond: 10, idleMs: 10_000, format: 'pdf' },
    versions: { stateBytes: 1_000_000, edits: 100 },
  },
};

export interface BenchOptions {
  scale: ScaleName;
  sizes: Sizes;
  only: WorkloadName[];
  /** Servers to run (every configuration of each); the others' columns stay out of the tables. */
  servers: ServerKind[];
  /** Each workload runs this many times, servers in a rotated order; tables show the median. */
  rounds: number;
  /** Folder for a V8 CPU profile of every server process, or null for none. */
  profileDir: string | null;
  /** Where progress lines go (stderr in the CLI, nowhere in the smoke test). */
  log: (line: string) => void;
}

const USAGE = `usage: pnpm bench [--scale smoke|full] [--only ${WORKLOAD_NAMES.join(',')}] [--servers ${SERVER_KINDS.join(',')}] [--rounds N] [--profile DIR]`;

/** Reads the command line; throws a usage message on anything it does not know. */
export function parseArgs(argv: readonly string[]): Omit<BenchOptions, 'log'> {
  let scale: ScaleName = 'full';
  let only: WorkloadName[] = [...WORKLOAD_NAMES];
  let servers: ServerKind[] = [...SERVER_KINDS];
  let rounds = 1;
  let profileDir: string | null = null;
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index];
    const value = argv[index + 1];
    if (flag === '--') continue;
    if (value === undefined) throw new Error(`${flag ?? ''} needs a value\n${USAGE}`);
    index += 1;
    if (flag === '--scale' && isScale(value)) scale = value;
    else if (flag === '--only') only = parseList(value, WORKLOAD_NAMES, 'workload');
    else if (flag === '--servers') servers = parseList(value, SERVER_KINDS, 'server');
    else if (flag === '--rounds' && /^[1-9]\d*$/.test(value)) rounds = Number(value);
    else if (flag === '--profile') profileDir = value;
    else throw new Error(`unknown option ${flag} ${value}\n${USAGE}`);
  }
  return { scale, sizes: SCALES[scale], only, servers, rounds, profileDir };
}

function isScale(value: string): value is ScaleName {
  return (SCALE_NAMES as readonly string[]).includes(value);
}

/** A comma-separated subset of `known`, returned in the order of `known`. */
function parseList<T extends string>(list: string, known: readonly T[], what: string): T[] {
  const names = list.split(',').map((name) => name.trim());
  for (const name of names) {
    if (!(known as readonly string[]).includes(name)) throw new Error(`unknown ${what} ${name}\n${USAGE}`);
  }
  return known.filter((name) => names.includes(name));
}
