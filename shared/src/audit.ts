import { z } from 'zod';

/** Everything the audit log records. */
export const AUDIT_ACTIONS = [
  'member.joined',
  'member.role_changed',
  'member.removed',
  'invite.created',
  'invite.revoked',
  'invite.accepted',
  'stakeholder.created',
  'stakeholder.updated',
  'stakeholder.deleted',
  'city.settings_changed',
  'plan.state_changed',
] as const;
export const auditActionSchema = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof auditActionSchema>;

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  /** Who did it; null for the system (seed, CLI). */
  actor: z.object({ id: z.string(), name: z.string() }).nullable(),
  action: auditActionSchema,
  subject: z.object({ type: z.enum(['user', 'invite', 'stakeholder', 'city']), id: z.string() }),
  /** What changed, e.g. `{ from: 'member', to: 'observer' }`. */
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** `GET /api/cities/:slug/audit?before=<id>&limit=<n>`: newest first. */
export const auditQuerySchema = z
  .object({
    before: z.coerce.number().int().positive().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();

export const auditPageSchema = z.object({
  entries: z.array(auditEntrySchema),
  /** Pass as `before` to get the next (older) page; null at the start of history. */
  nextBefore: z.number().int().nullable(),
});
export type AuditPage = z.infer<typeof auditPageSchema>;
