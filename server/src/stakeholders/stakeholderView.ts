import { GENDERS, STAKEHOLDER_SECTORS, type Stakeholder, type StakeholderSummary } from '@iap/shared';
import type { CsvValue } from './csv.js';
import type { StakeholderListing, StakeholderRepository } from './StakeholderRepository.js';

/**
 * What a reader sees of the register. Those who manage it (coordinators, facilitators, admins)
 * see everyone with contacts; other readers see only people who consented to be listed, and
 * no contact details: the register holds personal data of people who are not users.
 */
export function visibleStakeholders(listings: StakeholderListing[], complete: boolean): Stakeholder[] {
  return listings.filter((listing) => complete || listing.consentToBeListed).map((listing) => toStakeholder(listing, complete));
}

export function toStakeholder(listing: StakeholderListing, complete: boolean): Stakeholder {
  return {
    id: listing.id,
    citySlug: listing.citySlug,
    name: listing.name,
    organisation: listing.organisation,
    sector: listing.sector,
    gender: listing.gender,
    importance: listing.importance,
    influence: listing.influence,
    contact: complete ? listing.contact : null,
    consentToBeListed: listing.consentToBeListed,
    linkedUser: listing.linkedUserId ? { id: listing.linkedUserId, name: listing.linkedUserName ?? '' } : null,
    createdAt: listing.createdAt,
    updatedAt: listing.updatedAt,
  };
}

/** The ids of the people the register lists to a reader who does not manage it (the audit log hides the others' names). */
export async function listedStakeholderIds(repository: Pick<StakeholderRepository, 'listCity'>, citySlug: string): Promise<ReadonlySet<string>> {
  return new Set(visibleStakeholders(await repository.listCity(citySlug), false).map((stakeholder) => stakeholder.id));
}

/** Counts over every entry: a count names nobody, so the sector balance is complete for all readers. */
export async function summarizeRegister(
  repository: Pick<StakeholderRepository, 'countBySector' | 'countByGender'>,
  citySlug: string,
): Promise<StakeholderSummary> {
  const bySector = Object.fromEntries(STAKEHOLDER_SECTORS.map((sector) => [sector, 0])) as StakeholderSummary['bySector'];
  const byGender = Object.fromEntries([...GENDERS, 'unspecified'].map((gender) => [gender, 0])) as StakeholderSummary['byGender'];
  let total = 0;
  for (const { key, count } of await repository.countBySector(citySlug)) {
    bySector[key] = count;
    total += count;
  }
  for (const { key, count } of await repository.countByGender(citySlug)) byGender[key ?? 'unspecified'] = count;
  return { total, bySector, byGender };
}

export const CSV_HEADER = [
  'name',
  'organisation',
  'sector',
  'gender',
  'importance',
  'influence',
  'contact',
  'consent_to_be_listed',
  'linked_account',
  'created_at',
  'updated_at',
] as const;

export function csvRow(stakeholder: Stakeholder): CsvValue[] {
  return [
    stakeholder.name,
    stakeholder.organisation,
    stakeholder.sector,
    stakeholder.gender,
    stakeholder.importance,
    stakeholder.influence,
    stakeholder.contact,
    stakeholder.consentToBeListed ? 'yes' : 'no',
    stakeholder.linkedUser?.name ?? null,
    stakeholder.createdAt,
    stakeholder.updatedAt,
  ];
}
