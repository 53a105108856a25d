import * as z from 'zod/mini';

/** How a version came to be: after a pause in editing, named by someone, at a state change, before/after a restore, at a workshop. */
export const VERSION_KINDS = ['auto', 'named', 'state', 'restore', 'workshop'] as const;
export const versionKindSchema = z.enum(VERSION_KINDS);
export type VersionKind = z.infer<typeof versionKindSchema>;

export const versionSchema = z.object({
  /** Unique across documents. */
  id: z.string(),
  label: z.nullable(z.string()),
  kind: versionKindSchema,
  createdAt: z.string(),
  author: z.nullable(z.object({ id: z.string(), name: z.string() })),
});
export type Version = z.infer<typeof versionSchema>;

/** `GET /api/documents/:name/versions`: newest first. */
export const versionListSchema = z.object({ versions: z.array(versionSchema) });
export type VersionList = z.infer<typeof versionListSchema>;

/** `POST /api/documents/:name/versions`: a named version of the plan as it is now. */
export const createVersionSchema = z.strictObject({
  label: z.string().check(z.trim(), z.minLength(1, 'Give the version a name'), z.maxLength(120)),
});
export type CreateVersion = z.infer<typeof createVersionSchema>;

export const versionParamsSchema = z.strictObject({ name: z.string(), id: z.string().check(z.minLength(1), z.maxLength(64)) });

/** `GET .../versions/:id/diff?against=current|<versionId>`. */
export const versionDiffQuerySchema = z.strictObject({ against: z._default(z.string().check(z.minLength(1), z.maxLength(64)), 'current') });

export const textChangeSchema = z.object({
  /** The section the text is in; null before the first section heading. */
  sectionId: z.nullable(z.string()),
  kind: z.enum(['inserted', 'deleted', 'unchanged']),
  text: z.string(),
});
export type TextChange = z.infer<typeof textChangeSchema>;

export const actionChangeSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(['added', 'removed', 'changed']),
  fields: z.optional(z.array(z.object({ field: z.string(), from: z.unknown(), to: z.unknown() }))),
});
export type ActionChange = z.infer<typeof actionChangeSchema>;

/** The changes from a version to `against`: text by words per section, actions by id and field. */
export const versionDiffSchema = z.object({
  text: z.array(textChangeSchema),
  actions: z.array(actionChangeSchema),
});
export type VersionDiff = z.infer<typeof versionDiffSchema>;
