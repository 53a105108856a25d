import { useTranslation } from 'react-i18next';
import { Button, Fieldset, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import '@mantine/core/styles/Fieldset.css';
import '@mantine/core/styles/NumberInput.css';
import { FUNDING_STATUSES, IAP_LIMITS, type FundingStatus } from '@iap/shared';
import type { ActionDraft } from './actionDraft';

type FundingDraft = ActionDraft['fundingSources'][number];

interface FundingSourcesFieldProps {
  value: FundingDraft[];
  onChange: (next: FundingDraft[]) => void;
  errorAt: (index: number, field: 'source' | 'amount') => string | undefined;
}

/** Funding sources of an action: where the money comes from, how much, and how sure it is. */
export function FundingSourcesField({ value, onChange, errorAt }: FundingSourcesFieldProps) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<FundingDraft>): void =>
    onChange(value.map((funding, at) => (at === index ? { ...funding, ...patch } : funding)));
  const statuses = FUNDING_STATUSES.map((status) => ({ value: status, label: t(`iap.funding.statuses.${status}`) }));

  return (
    <Fieldset legend={t('iap.action.fields.fundingSources')} variant="filled">
      <Stack gap="sm">
        {value.length === 0 && (
          <Text size="sm" c="gray.7">
            {t('iap.funding.none')}
          </Text>
        )}
        {value.map((funding, index) => (
          <Group key={index} align="flex-start" gap="xs" className="iap-repeated-row" wrap="wrap">
            <TextInput
              className="iap-grow"
              label={t('iap.funding.source', { number: index + 1 })}
              placeholder={t('iap.funding.sourcePlaceholder')}
              value={funding.source}
              maxLength={IAP_LIMITS.shortTextLength}
              error={errorAt(index, 'source')}
              onChange={(event) => update(index, { source: event.currentTarget.value })}
            />
            <NumberInput
              w={140}
              label={t('iap.funding.amount')}
              value={funding.amount}
              prefix="€ "
              thousandSeparator=" "
              error={errorAt(index, 'amount')}
              onChange={(amount) => update(index, { amount })}
            />
            <Select
              w={140}
              label={t('iap.funding.status')}
              data={statuses}
              value={funding.status}
              allowDeselect={false}
              onChange={(status) => update(index, { status: (status as FundingStatus | null) ?? 'to_find' })}
            />
            <Button
              variant="subtle"
              color="red"
              size="compact-sm"
              mt={28}
              onClick={() => onChange(value.filter((_, at) => at !== index))}
            >
              {t('iap.funding.remove', { number: index + 1 })}
            </Button>
          </Group>
        ))}
        {value.length < IAP_LIMITS.fundingSources && (
          <Button
            variant="light"
            size="compact-sm"
            onClick={() => onChange([...value, { source: '', amount: '', status: 'to_find' }])}
          >
            {t('iap.funding.add')}
          </Button>
        )}
      </Stack>
    </Fieldset>
  );
}
