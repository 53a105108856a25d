import { useTranslation } from 'react-i18next';
import { NodeViewWrapper } from '@tiptap/react';
import { Progress, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import type * as Y from 'yjs';
import { FUNDING_STATUSES, summariseBudget, type FundingStatus } from '@iap/shared';
import { usePlanData } from '../plan/usePlanData';
import type { PlanBlockViewProps } from '../schema/planBlockNode';
import { useFormatters } from '../format';
import { ScrollableTable } from './ScrollableTable';

const STATUS_COLOR: Record<FundingStatus, string> = { secured: 'teal.8', likely: 'blue.7', to_find: 'orange.8' };

/** The node view of `iapBudgetSummary`: funding by source and status, and the gap. */
export function BudgetSummaryView({ extension }: PlanBlockViewProps) {
  const doc = extension.options.doc;
  return <NodeViewWrapper contentEditable={false}>{doc && <BudgetSummary doc={doc} />}</NodeViewWrapper>;
}

function BudgetSummary({ doc }: { doc: Y.Doc }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { actions } = usePlanData(doc);
  const budget = summariseBudget(actions);
  const share = (amount: number): number => (budget.estimatedTotal > 0 ? Math.min(100, (amount / budget.estimatedTotal) * 100) : 0);
  const figures = [
    { label: t('iap.budget.estimatedTotal'), value: budget.estimatedTotal },
    ...FUNDING_STATUSES.map((status) => ({ label: t(`iap.funding.statuses.${status}`), value: budget.byStatus[status] })),
    { label: t('iap.budget.fundingGap'), value: budget.fundingGap },
  ];

  return (
    <Stack gap="sm" className="iap-plan-block">
      <Text fw={650}>{t('iap.budget.title')}</Text>
      <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="xs">
        {figures.map((figure) => (
          <div key={figure.label} className="iap-figure">
            <Text size="xs" c="gray.7">
              {figure.label}
            </Text>
            <Text fw={650}>{format.euro(figure.value)}</Text>
          </div>
        ))}
      </SimpleGrid>
      {budget.estimatedTotal > 0 && (
        <Progress.Root size="lg" aria-hidden>
          <Progress.Section value={share(budget.byStatus.secured)} color={STATUS_COLOR.secured} />
          <Progress.Section value={share(budget.byStatus.likely)} color={STATUS_COLOR.likely} />
        </Progress.Root>
      )}
      {budget.actionsWithoutCost > 0 && (
        <Text size="sm" c="gray.7">
          {t('iap.budget.withoutCost', { count: budget.actionsWithoutCost })}
        </Text>
      )}
      {budget.bySource.length > 0 && (
        <ScrollableTable minWidth={480} label={t('iap.budget.bySourceCaption')}>
          <Table verticalSpacing={4}>
            <Table.Caption>{t('iap.budget.bySourceCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('iap.funding.sourceColumn')}</Table.Th>
                {FUNDING_STATUSES.map((status) => (
                  <Table.Th key={status} scope="col" ta="end">
                    {t(`iap.funding.statuses.${status}`)}
                  </Table.Th>
                ))}
                <Table.Th scope="col" ta="end">
                  {t('iap.budget.total')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {budget.bySource.map((row) => (
                <Table.Tr key={row.source}>
                  <Table.Th scope="row" fw={500}>
                    {row.source}
                  </Table.Th>
                  {FUNDING_STATUSES.map((status) => (
                    <Table.Td key={status} ta="end">
                      {row.amounts[status] > 0 ? format.euro(row.amounts[status]) : '—'}
                    </Table.Td>
                  ))}
                  <Table.Td ta="end">{format.euro(row.total)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollableTable>
      )}
    </Stack>
  );
}
