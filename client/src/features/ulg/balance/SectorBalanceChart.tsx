import { useTranslation } from 'react-i18next';
import { BarChart } from '@mantine/charts';
import { Stack } from '@mantine/core';
import { STAKEHOLDER_SECTORS, type StakeholderSummary } from '@iap/shared';
import { SECTOR_COLORS, useStakeholderLabels } from '../stakeholders/useStakeholderLabels';
import { BalanceTable } from './BalanceTable';

/** How many stakeholders each sector brings: bars for the eye, the same figures as a table. */
export function SectorBalanceChart({ summary }: { summary: StakeholderSummary }) {
  const { t } = useTranslation();
  const labels = useStakeholderLabels();
  const rows = STAKEHOLDER_SECTORS.map((sector) => ({
    key: sector,
    label: labels.sector(sector),
    count: summary.bySector[sector] ?? 0,
    color: SECTOR_COLORS[sector],
  }));
  return (
    <Stack gap="md">
      {/* The table below says the same for screen readers; the chart is only a picture of it. */}
      <div aria-hidden data-testid="sector-balance-chart">
        <BarChart
          h={260}
          data={rows.map((row) => ({ sector: row.label, count: row.count, color: row.color }))}
          dataKey="sector"
          series={[{ name: 'count', label: t('balance.people') }]}
          orientation="vertical"
          yAxisProps={{ width: 150 }}
          xAxisProps={{ allowDecimals: false }}
          gridAxis="x"
          withTooltip={false}
          accessibilityLayer={false}
        />
      </div>
      <BalanceTable caption={t('balance.sectorTableCaption')} heading={t('stakeholders.fields.sector')} rows={rows} total={summary.total} />
    </Stack>
  );
}
