import * as z from 'zod/mini';

export const healthSchema = z.object({
  status: z.literal('ok'),
  /** A write transaction just committed; when it cannot, the answer is a 503 error instead. */
  database: z.literal('ok'),
  /** Where everything is stored: one SQLite file, or PostgreSQL shared by several instances. */
  storage: z.enum(['sqlite', 'postgres']),
  /**
   * How this instance reaches the others: `single-instance` (no REDIS_URL), `ok`, or
   * `unreachable` (Redis is down: editing goes on here, instances resync when it returns).
   */
  fanout: z.enum(['single-instance', 'ok', 'unreachable']),
  version: z.string(),
  uptimeSeconds: z.number(),
  openDocuments: z.int(),
  connections: z.int(),
});
export type Health = z.infer<typeof healthSchema>;
