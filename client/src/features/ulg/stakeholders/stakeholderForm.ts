import {
  stakeholderCreateSchema,
  type Gender,
  type Stakeholder,
  type StakeholderCreate,
  type StakeholderSector,
} from '@iap/shared';

/** The form's own state: text as typed, scores as the segmented control's strings. */
export interface StakeholderFormValues {
  name: string;
  organisation: string;
  sector: StakeholderSector | null;
  gender: Gender | null;
  importance: string;
  influence: string;
  contact: string;
  consentToBeListed: boolean;
  linkedUserId: string | null;
}

export type StakeholderField = keyof StakeholderFormValues;

/** The middle of the scale: a new stakeholder starts undecided, not low. */
export const EMPTY_STAKEHOLDER_FORM: StakeholderFormValues = {
  name: '',
  organisation: '',
  sector: null,
  gender: null,
  importance: '3',
  influence: '3',
  contact: '',
  consentToBeListed: false,
  linkedUserId: null,
};

export function formValuesOf(stakeholder: Stakeholder): StakeholderFormValues {
  return {
    name: stakeholder.name,
    organisation: stakeholder.organisation ?? '',
    sector: stakeholder.sector,
    gender: stakeholder.gender,
    importance: String(stakeholder.importance),
    influence: String(stakeholder.influence),
    contact: stakeholder.contact ?? '',
    consentToBeListed: stakeholder.consentToBeListed,
    linkedUserId: stakeholder.linkedUser?.id ?? null,
  };
}

export type ParsedStakeholderForm =
  | { ok: true; payload: StakeholderCreate }
  | { ok: false; invalid: StakeholderField[] };

/**
 * Checks the form with the same schema the server uses, and names every invalid field.
 * The full payload also serves as a PATCH: every field is sent, empty text as null.
 */
export function parseStakeholderForm(values: StakeholderFormValues): ParsedStakeholderForm {
  const parsed = stakeholderCreateSchema.safeParse({
    name: values.name,
    organisation: values.organisation.trim() || null,
    sector: values.sector ?? undefined,
    gender: values.gender,
    importance: Number(values.importance),
    influence: Number(values.influence),
    contact: values.contact.trim() || null,
    consentToBeListed: values.consentToBeListed,
    linkedUserId: values.linkedUserId,
  });
  if (parsed.success) return { ok: true, payload: parsed.data };
  const invalid = new Set<StakeholderField>();
  for (const issue of parsed.error.issues) invalid.add(issue.path[0] as StakeholderField);
  return { ok: false, invalid: [...invalid] };
}
