import { useTranslation } from 'react-i18next';
import { BarChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import { Stack, Table } from '@mantine/core';
import type { DashboardCity } from '@iap/shared';
import { useFormatters } from '../iap/format';
import { ScrollableTable } from '../iap/views/ScrollableTable';

// The plan's own budget colours (BudgetSummaryView), and red for what nobody funds yet.
const SERIES = [
  { name: 'secured', color: 'teal.8' },
  { name: 'likely', color: 'blue.7' },
  { name: 'fundingGap', color: 'red.8' },
] as const;

/**
 * Each city's estimated cost split into secured, likely and the gap, stacked, so the cost is the
 * bar's length. The table under it carries the same figures (and "to find") for screen readers.
 */
export function FundingChart({ cities, caption }: { cities: readonly DashboardCity[]; caption: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = { secured: t('iap.funding.statuses.secured'), likely: t('iap.funding.statuses.likely'), fundingGap: t('iap.budget.fundingGap') };
  return (
    <Stack gap="sm">
      <div aria-hidden data-testid="funding-chart">
        <BarChart
          h={Math.max(140, cities.length * 44 + 60)}
          data={cities.map((city) => ({ city: city.name, secured: city.secured, likely: city.likely, fundingGap: city.fundingGap }))}
          dataKey="city"
          type="stacked"
          orientation="vertical"
          series={SERIES.map((series) => ({ ...series, label: labels[series.name] }))}
          yAxisProps={{ width: 150 }}
          valueFormatter={(value) => format.euro(value)}
          withLegend
          legendProps={{ verticalAlign: 'bottom' }}
          gridAxis="x"
          withTooltip={false}
          accessibilityLayer={false}
        />
      </div>
      <ScrollableTable label={caption} minWidth={560}>
        <Table verticalSpacing={4}>
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('dashboard.city')}</Table.Th>
              <Table.Th scope="col" ta="end">
                {t('iap.budget.estimatedTotal')}
              </Table.Th>
              <Table.Th scope="col" ta="end">
                {t('iap.funding.statuses.secured')}
              </Table.Th>
              <Table.Th scope="col" ta="end">
                {t('iap.funding.statuses.likely')}
              </Table.Th>
              <Table.Th scope="col" ta="end">
                {t('iap.funding.statuses.to_find')}
              </Table.Th>
              <Table.Th scope="col" ta="end">
                {t('iap.budget.fundingGap')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {cities.map((city) => (
              <Table.Tr key={city.slug}>
                <Table.Th scope="row" fw={500}>
                  {city.name}
                </Table.Th>
                {[city.totalCost, city.secured, city.likely, city.toFind, city.fundingGap].map((amount, index) => (
                  <Table.Td key={index} ta="end">
                    {format.euro(amount)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollableTable>
    </Stack>
  );
}
