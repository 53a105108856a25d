import * as z from 'zod/mini';

/** Sectors of the ULG (URBACT's public / private / civic / knowledge, with culture and citizens apart). */
export const STAKEHOLDER_SECTORS = [
  'public_authority',
  'business',
  'civil_society',
  'education_research',
  'culture_creative',
  'citizen',
] as const;
export const stakeholderSectorSchema = z.enum(STAKEHOLDER_SECTORS);
export type StakeholderSector = z.infer<typeof stakeholderSectorSchema>;

/** Optional; recorded so coordinators can watch the gender balance of the group. */
export const GENDERS = ['female', 'male', 'non_binary', 'prefer_not_to_say'] as const;
export const genderSchema = z.enum(GENDERS);
export type Gender = z.infer<typeof genderSchema>;

/** 1 (low) to 5 (high), the axes of the importance/influence (power/interest) matrix. */
export const matrixScoreSchema = z.int().check(z.gte(1), z.lte(5));

const optionalText = (max: number) => z.optional(z.nullable(z.string().check(z.trim(), z.maxLength(max))));

const stakeholderFields = {
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  organisation: optionalText(200),
  sector: stakeholderSectorSchema,
  gender: z.optional(z.nullable(genderSchema)),
  importance: matrixScoreSchema,
  influence: matrixScoreSchema,
  /** Free text: e-mail, phone, or how to reach them. */
  contact: optionalText(300),
  consentToBeListed: z.boolean(),
  /** The account of this person in the workspace, when they have one (a member of the city). */
  linkedUserId: z.optional(z.nullable(z.string().check(z.maxLength(64)))),
};

/** `POST /api/cities/:slug/stakeholders`. */
export const stakeholderCreateSchema = z.strictObject(stakeholderFields);
export type StakeholderCreate = z.infer<typeof stakeholderCreateSchema>;

/** `PATCH /api/cities/:slug/stakeholders/:id`: any subset of the fields. */
export const stakeholderPatchSchema = z.strictObject(z.partial(z.object(stakeholderFields)).shape);
export type StakeholderPatch = z.infer<typeof stakeholderPatchSchema>;

export const stakeholderSchema = z.object({
  id: z.string(),
  citySlug: z.string(),
  name: z.string(),
  organisation: z.nullable(z.string()),
  sector: stakeholderSectorSchema,
  gender: z.nullable(genderSchema),
  importance: matrixScoreSchema,
  influence: matrixScoreSchema,
  /** Null for readers who do not manage the register. */
  contact: z.nullable(z.string()),
  consentToBeListed: z.boolean(),
  linkedUser: z.nullable(z.object({ id: z.string(), name: z.string() })),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Stakeholder = z.infer<typeof stakeholderSchema>;

export const stakeholdersResponseSchema = z.object({
  stakeholders: z.array(stakeholderSchema),
  /**
   * False when the caller sees only the stakeholders who consented to be listed, without
   * contacts (everyone but coordinators, facilitators and admins).
   */
  complete: z.boolean(),
});
export type StakeholdersResponse = z.infer<typeof stakeholdersResponseSchema>;

/** Counts over the whole register (consent or not: counts name nobody), for the sector-balance chart. */
export const stakeholderSummarySchema = z.object({
  total: z.int(),
  bySector: z.record(stakeholderSectorSchema, z.int()),
  byGender: z.record(z.enum([...GENDERS, 'unspecified']), z.int()),
});
export type StakeholderSummary = z.infer<typeof stakeholderSummarySchema>;
