import * as z from 'zod/mini';
import { ACCESS_ACTIONS, cityRoleSchema } from './roles.js';

/** One city as listed on the home page. */
export const citySummarySchema = z.object({
  slug: z.string(),
  name: z.string(),
  /** ISO 3166-1 alpha-2. */
  country: z.string(),
  language: z.string(),
  /** The document name to open on /collab/. */
  iapDocument: z.string(),
  /** The caller's role in this city's ULG, or null when they see it through a network role. */
  role: z.nullable(cityRoleSchema),
  isLeadPartner: z.boolean(),
});
export type CitySummary = z.infer<typeof citySummarySchema>;

export const citiesResponseSchema = z.object({ cities: z.array(citySummarySchema) });
export type CitiesResponse = z.infer<typeof citiesResponseSchema>;

export const citySettingsSchema = z.object({
  /** Whether observers may comment (they always may read). */
  observersCanComment: z.boolean(),
});
export type CitySettings = z.infer<typeof citySettingsSchema>;

/** `PATCH /api/cities/:slug/settings`. */
export const citySettingsPatchSchema = z.strictObject(z.partial(citySettingsSchema).shape);
export type CitySettingsPatch = z.infer<typeof citySettingsPatchSchema>;

/** `GET /api/cities/:slug`: the city, its settings and what the caller may do there. */
export const cityDetailSchema = z.extend(citySummarySchema, {
  network: z.object({ slug: z.string(), name: z.string() }),
  settings: citySettingsSchema,
  /** Every action the access policy allows the caller in this city, so the UI can hide the rest. */
  permissions: z.array(z.enum(ACCESS_ACTIONS)),
});
export type CityDetail = z.infer<typeof cityDetailSchema>;
