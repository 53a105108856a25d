import { z } from 'zod';

export const healthSchema = z.object({
  status: z.literal('ok'),
  /** A write transaction just committed; when it cannot, the answer is a 503 error instead. */
  database: z.literal('ok'),
  version: z.string(),
  uptimeSeconds: z.number(),
  openDocuments: z.number().int(),
  connections: z.number().int(),
});
export type Health = z.infer<typeof healthSchema>;
