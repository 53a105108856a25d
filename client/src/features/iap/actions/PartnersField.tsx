import { useTranslation } from 'react-i18next';
import { MultiSelect } from '@mantine/core';
import '@mantine/core/styles/Pill.css';
import '@mantine/core/styles/PillsInput.css';
import { IAP_LIMITS } from '@iap/shared';
import { useStakeholders } from '../../ulg/stakeholders/stakeholdersApi';

interface PartnersFieldProps {
  citySlug: string;
  value: string[];
  onChange: (partners: string[]) => void;
}

/** An action's partners, picked from the city's stakeholder register. */
export function PartnersField({ citySlug, value, onChange }: PartnersFieldProps) {
  const { t } = useTranslation();
  const register = useStakeholders(citySlug);
  const options = (register.data?.stakeholders ?? []).map((stakeholder) => ({
    value: stakeholder.id,
    label: stakeholder.organisation ? `${stakeholder.name} (${stakeholder.organisation})` : stakeholder.name,
  }));
  // A partner removed from the register (or hidden from this reader) stays until someone unpicks it.
  for (const id of value) {
    if (!options.some((option) => option.value === id)) options.push({ value: id, label: t('iap.action.unknownStakeholder') });
  }
  return (
    <MultiSelect
      label={t('iap.action.fields.partners')}
      description={register.isSuccess && options.length === 0 ? t('iap.action.noStakeholders') : undefined}
      data={options}
      value={value}
      searchable
      maxValues={IAP_LIMITS.partners}
      onChange={onChange}
    />
  );
}
