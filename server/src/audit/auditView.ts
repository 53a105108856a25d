import type { AuditEntry } from '@iap/shared';

/** Details of a stakeholder entry that name nobody: the names of the fields an edit changed. */
const IMPERSONAL_STAKEHOLDER_DETAILS = new Set(['fields']);

/**
 * The audit log as a reader may see it. The register's privacy rule (stakeholderView.ts) holds
 * here too: a reader who does not manage the register sees a stakeholder's name and sector only
 * while the register lists that person to them (consent given, not deleted). Otherwise the entry
 * stays, without anything that names the person. `listedStakeholders` is null for a reader who
 * sees the complete register.
 */
export function visibleAuditEntries(entries: AuditEntry[], listedStakeholders: ReadonlySet<string> | null): AuditEntry[] {
  if (!listedStakeholders) return entries;
  return entries.map((entry) =>
    entry.subject.type !== 'stakeholder' || listedStakeholders.has(entry.subject.id)
      ? entry
      : { ...entry, details: Object.fromEntries(Object.entries(entry.details).filter(([key]) => IMPERSONAL_STAKEHOLDER_DETAILS.has(key))) },
  );
}
