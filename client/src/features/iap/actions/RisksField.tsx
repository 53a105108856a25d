import { useTranslation } from 'react-i18next';
import { Button, Fieldset, Group, Stack, Text, Textarea } from '@mantine/core';
import '@mantine/core/styles/Fieldset.css';
import { IAP_LIMITS, type ActionRisk } from '@iap/shared';

interface RisksFieldProps {
  value: ActionRisk[];
  onChange: (next: ActionRisk[]) => void;
  errorAt: (index: number) => string | undefined;
}

/** Risks of an action and how each is mitigated; a missing mitigation is allowed and flagged. */
export function RisksField({ value, onChange, errorAt }: RisksFieldProps) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<ActionRisk>): void =>
    onChange(value.map((risk, at) => (at === index ? { ...risk, ...patch } : risk)));

  return (
    <Fieldset legend={t('iap.action.fields.risks')} variant="filled">
      <Stack gap="sm">
        {value.length === 0 && (
          <Text size="sm" c="gray.7">
            {t('iap.risk.none')}
          </Text>
        )}
        {value.map((risk, index) => (
          <Stack key={index} gap={6} className="iap-repeated-row">
            <Textarea
              label={t('iap.risk.risk', { number: index + 1 })}
              value={risk.risk}
              autosize
              minRows={1}
              maxLength={IAP_LIMITS.mediumTextLength}
              error={errorAt(index)}
              onChange={(event) => update(index, { risk: event.currentTarget.value })}
            />
            <Textarea
              label={t('iap.risk.mitigation')}
              value={risk.mitigation}
              autosize
              minRows={1}
              maxLength={IAP_LIMITS.mediumTextLength}
              onChange={(event) => update(index, { mitigation: event.currentTarget.value })}
            />
            <Group justify="flex-end">
              <Button variant="subtle" color="red" size="compact-sm" onClick={() => onChange(value.filter((_, at) => at !== index))}>
                {t('iap.risk.remove', { number: index + 1 })}
              </Button>
            </Group>
          </Stack>
        ))}
        {value.length < IAP_LIMITS.risks && (
          <Button variant="light" size="compact-sm" onClick={() => onChange([...value, { risk: '', mitigation: '' }])}>
            {t('iap.risk.add')}
          </Button>
        )}
      </Stack>
    </Fieldset>
  );
}
