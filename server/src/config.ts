import path from 'node:path';
import { z } from 'zod';

const booleanFlag = z
  .enum(['0', '1', 'true', 'false', ''])
  .default('0')
  .transform((value) => value === '1' || value === 'true');

/** Environment variables the server reads; everything else is ignored. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DEMO_SEED: booleanFlag,
  /** FULL also survives power loss (an fsync per commit); NORMAL survives a process crash. */
  SQLITE_SYNCHRONOUS: z.enum(['NORMAL', 'FULL']).default('NORMAL'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** A session unused this long ends. */
  SESSION_IDLE_HOURS: z.coerce.number().positive().default(7 * 24),
  /** A session ends this long after sign-in, however active. */
  SESSION_MAX_DAYS: z.coerce.number().positive().default(30),
  /** Mark the session cookie Secure: set to 1 whenever the app is served over HTTPS. */
  COOKIE_SECURE: booleanFlag,
  /** Client updates that would take a document past this many bytes (encoded) are refused. */
  MAX_DOCUMENT_BYTES: z.coerce.number().int().min(64 * 1024).default(16 * 1024 * 1024),
  /** postgres:// URL: documents are stored in PostgreSQL, shared by several instances. */
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
  /** redis:// URL: instances tell each other of changes over Redis. */
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be a redis:// URL').optional(),
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
