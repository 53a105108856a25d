import * as z from 'zod/mini';

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
  id: z.int(),
  at: z.string(),
  /** Who did it; null for the system (seed, CLI). */
  actor: z.nullable(z.object({ id: z.string(), name: z.string() })),
  action: auditActionSchema,
  subject: z.object({ type: z.enum(['user', 'invite', 'stakeholder', 'city']), id: z.string() }),
  /** What changed, e.g. `{ from: 'member', to: 'observer' }`. */
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** `GET /api/cities/:slug/audit?before=<id>&limit=<n>`: newest first. */
export const auditQuerySchema = z.strictObject({
  before: z.optional(z.coerce.number().check(z.int(), z.positive())),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(200)), 50),
});

export const auditPageSchema = z.object({
  entries: z.array(auditEntrySchema),
  /** Pass as `before` to get the next (older) page; null at the start of history. */
  nextBefore: z.nullable(z.int()),
});
export type AuditPage = z.infer<typeof auditPageSchema>;
