import { useTranslation } from 'react-i18next';
import { Table, Text } from '@mantine/core';
import type { ComparedPlan } from '@iap/shared';
import { useFormatters } from '../iap/format';
import { ScrollableTable } from '../iap/views/ScrollableTable';

/** One plan's action table, read-only: title, when, cost and status. */
export function ComparedActions({ plan }: { plan: ComparedPlan }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const caption = t('dashboard.compare.actionsCaption', { city: plan.city.name, count: plan.actions.length });
  if (plan.actions.length === 0) {
    return (
      <div>
        <Text size="sm" fw={650} c="gray.8">
          {plan.city.name}
        </Text>
        <Text size="sm" c="gray.7" fs="italic">
          {t('dashboard.compare.noActions')}
        </Text>
      </div>
    );
  }
  const when = (start: string | null, end: string | null): string =>
    start && end ? `${format.month(start)} – ${format.month(end)}` : start ? format.month(start) : end ? format.month(end) : '—';
  return (
    <ScrollableTable label={caption} minWidth={420}>
      <Table verticalSpacing={4} fz="sm">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('iap.action.columns.title')}</Table.Th>
            <Table.Th scope="col">{t('iap.action.columns.when')}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t('iap.action.columns.cost')}
            </Table.Th>
            <Table.Th scope="col">{t('iap.action.columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plan.actions.map((action) => (
            <Table.Tr key={action.id}>
              <Table.Th scope="row" fw={500}>
                {action.title || t('iap.untitled')}
              </Table.Th>
              <Table.Td>{when(action.start, action.end)}</Table.Td>
              <Table.Td ta="end">{action.estimatedCost === null ? '—' : format.euro(action.estimatedCost)}</Table.Td>
              <Table.Td>{t(`iap.action.statuses.${action.status}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollableTable>
  );
}
