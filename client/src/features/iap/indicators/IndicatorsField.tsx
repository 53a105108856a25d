import { useTranslation } from 'react-i18next';
import { Button, Fieldset, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import '@mantine/core/styles/Fieldset.css';
import { IAP_LIMITS, INDICATOR_FREQUENCIES, type Indicator } from '@iap/shared';
import { newItemId } from '../plan/planWrites';

interface IndicatorsFieldProps {
  legend: string;
  value: Indicator[];
  onChange: (next: Indicator[]) => void;
  /** Error message per indicator index. */
  errorAt: (index: number) => string | undefined;
}

/** A list of indicators, each with baseline, target, data source and frequency. */
export function IndicatorsField({ legend, value, onChange, errorAt }: IndicatorsFieldProps) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<Indicator>): void =>
    onChange(value.map((indicator, at) => (at === index ? { ...indicator, ...patch } : indicator)));
  const frequencies = INDICATOR_FREQUENCIES.map((frequency) => ({ value: frequency, label: t(`iap.indicator.frequencies.${frequency}`) }));

  return (
    <Fieldset legend={legend} variant="filled">
      <Stack gap="sm">
        {value.length === 0 && (
          <Text size="sm" c="gray.7">
            {t('iap.indicator.none')}
          </Text>
        )}
        {value.map((indicator, index) => (
          <Stack key={indicator.id} gap={6} className="iap-repeated-row">
            <TextInput
              label={t('iap.indicator.name', { number: index + 1 })}
              value={indicator.name}
              maxLength={IAP_LIMITS.titleLength}
              error={errorAt(index)}
              onChange={(event) => update(index, { name: event.currentTarget.value })}
            />
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" verticalSpacing={6}>
              <TextInput
                label={t('iap.indicator.baseline')}
                value={indicator.baseline}
                maxLength={IAP_LIMITS.shortTextLength}
                onChange={(event) => update(index, { baseline: event.currentTarget.value })}
              />
              <TextInput
                label={t('iap.indicator.target')}
                value={indicator.target}
                maxLength={IAP_LIMITS.shortTextLength}
                onChange={(event) => update(index, { target: event.currentTarget.value })}
              />
              <TextInput
                label={t('iap.indicator.source')}
                value={indicator.source}
                maxLength={IAP_LIMITS.shortTextLength}
                onChange={(event) => update(index, { source: event.currentTarget.value })}
              />
              <Select
                label={t('iap.indicator.frequency')}
                data={frequencies}
                value={indicator.frequency}
                clearable
                onChange={(frequency) => update(index, { frequency: (frequency as Indicator['frequency']) ?? null })}
              />
            </SimpleGrid>
            <Group justify="flex-end">
              <Button
                variant="subtle"
                color="red"
                size="compact-sm"
                onClick={() => onChange(value.filter((_, at) => at !== index))}
              >
                {t('iap.indicator.remove', { number: index + 1 })}
              </Button>
            </Group>
          </Stack>
        ))}
        {value.length < IAP_LIMITS.indicators && (
          <Button
            variant="light"
            size="compact-sm"
            onClick={() =>
              onChange([...value, { id: newItemId('ind'), name: '', baseline: '', target: '', source: '', frequency: null }])
            }
          >
            {t('iap.indicator.add')}
          </Button>
        )}
      </Stack>
    </Fieldset>
  );
}
