import path from 'node:path';
import * as z from 'zod/mini';

const booleanFlag = z.pipe(
  z._default(z.enum(['0', '1', 'true', 'false', '']), '0'),
  z.transform((value) => value === '1' || value === 'true'),
);

/** Environment variables the server reads; everything else is ignored. */
const envSchema = z.object({
  PORT: z._default(z.coerce.number().check(z.int(), z.gte(0), z.lte(65535)), 3000),
  HOST: z._default(z.string().check(z.minLength(1)), '127.0.0.1'),
  DATA_DIR: z._default(z.string().check(z.minLength(1)), './data'),
  DEMO_SEED: booleanFlag,
  /** FULL also survives power loss (an fsync per commit); NORMAL survives a process crash. */
  SQLITE_SYNCHRONOUS: z._default(z.enum(['NORMAL', 'FULL']), 'NORMAL'),
  LOG_LEVEL: z._default(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']), 'info'),
  /** A session unused this long ends. */
  SESSION_IDLE_HOURS: z._default(z.coerce.number().check(z.positive()), 7 * 24),
  /** A session ends this long after sign-in, however active. */
  SESSION_MAX_DAYS: z._default(z.coerce.number().check(z.positive()), 30),
  /** Mark the session cookie Secure: set to 1 whenever the app is served over HTTPS. */
  COOKIE_SECURE: booleanFlag,
  /** Client updates that would take a document past this many bytes (encoded) are refused. */
  MAX_DOCUMENT_BYTES: z._default(z.coerce.number().check(z.int(), z.gte(64 * 1024)), 16 * 1024 * 1024),
  /** postgres:// URL: documents are stored in PostgreSQL, shared by several instances. */
  DATABASE_URL: z.optional(z.string().check(z.regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL'))),
  /** redis:// URL: instances tell each other of changes over Redis. */
  REDIS_URL: z.optional(z.string().check(z.regex(/^rediss?:\/\//, 'must be a redis:// URL'))),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  demoSeed: boolean;
  sqliteSynchronous: 'NORMAL' | 'FULL';
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  sessionPolicy: { idleMs: number; absoluteMs: number };
  secureCookies: boolean;
  maxDocumentBytes: number;
  databaseUrl: string | null;
  redisUrl: string | null;
};

/** Reads and validates the configuration; throws one readable error naming every bad variable. */
export function readConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    demoSeed: e.DEMO_SEED,
    sqliteSynchronous: e.SQLITE_SYNCHRONOUS,
    logLevel: e.LOG_LEVEL,
    sessionPolicy: { idleMs: e.SESSION_IDLE_HOURS * 3_600_000, absoluteMs: e.SESSION_MAX_DAYS * 86_400_000 },
    secureCookies: e.COOKIE_SECURE,
    maxDocumentBytes: e.MAX_DOCUMENT_BYTES,
    databaseUrl: e.DATABASE_URL ?? null,
    redisUrl: e.REDIS_URL ?? null,
  };
}
