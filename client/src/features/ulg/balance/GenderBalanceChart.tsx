import { useTranslation } from 'react-i18next';
import { DonutChart } from '@mantine/charts';
import { Group, Stack } from '@mantine/core';
import { GENDERS, type StakeholderSummary } from '@iap/shared';
import { useStakeholderLabels } from '../stakeholders/useStakeholderLabels';
import { BalanceTable } from './BalanceTable';

const GENDER_COLORS = {
  female: 'grape.7',
  male: 'cyan.8',
  non_binary: 'yellow.7',
  prefer_not_to_say: 'gray.5',
  unspecified: 'gray.3',
} as const;

const GENDER_KEYS = [...GENDERS, 'unspecified'] as const;

/** The gender balance of the group (recording gender is optional, so "not recorded" is a slice too). */
export function GenderBalanceChart({ summary }: { summary: StakeholderSummary }) {
  const { t } = useTranslation();
  const labels = useStakeholderLabels();
  const rows = GENDER_KEYS.map((gender) => ({
    key: gender,
    label: labels.gender(gender),
    count: summary.byGender[gender] ?? 0,
    color: GENDER_COLORS[gender],
  }));
  return (
    <Stack gap="md">
      <Group justify="center" aria-hidden data-testid="gender-balance-chart">
        <DonutChart
          data={rows
            .filter((row) => row.count > 0)
            .map((row) => ({ name: row.label, value: row.count, color: row.color }))}
          size={180}
          thickness={28}
          withTooltip={false}
          withLabels
          withLabelsLine={false}
          labelsType="percent"
          accessibilityLayer={false}
          // The table below is the accessible version: the drawing must not take keyboard focus.
          pieProps={{ rootTabIndex: -1 }}
        />
      </Group>
      <BalanceTable caption={t('balance.genderTableCaption')} heading={t('stakeholders.fields.gender')} rows={rows} total={summary.total} />
    </Stack>
  );
}
