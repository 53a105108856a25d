import { useTranslation } from 'react-i18next';
import { MultiSelect } from '@mantine/core';
import '@mantine/core/styles/Pill.css';
import '@mantine/core/styles/PillsInput.css';
import { WORKSHOP_LIMITS } from '@iap/shared';
import { useStakeholders } from '../ulg/stakeholders/stakeholdersApi';

/** Picks who of the city's stakeholder register is invited to a session (preparing it, or later from the console). */
export function InvitedPicker({ slug, value, onChange }: { slug: string; value: string[]; onChange: (ids: string[]) => void }) {
  const { t } = useTranslation();
  const register = useStakeholders(slug);
  const stakeholders = (register.data?.stakeholders ?? []).map((stakeholder) => ({
    value: stakeholder.id,
    label: stakeholder.organisation ? `${stakeholder.name} (${stakeholder.organisation})` : stakeholder.name,
  }));
  return (
    <MultiSelect
      label={t('workshops.create.invited')}
      description={register.isSuccess && stakeholders.length === 0 ? t('workshops.create.invitedNone') : t('workshops.create.invitedHint')}
      data={stakeholders}
      value={value}
      onChange={onChange}
      searchable
      clearable
      hidePickedOptions
      maxValues={WORKSHOP_LIMITS.invitedStakeholders}
      nothingFoundMessage={t('workshops.create.invitedNoMatch')}
    />
  );
}
