import { useTranslation } from 'react-i18next';
import { Group, Table, VisuallyHidden } from '@mantine/core';
import { ColorDot } from '../ColorDot';

export interface BalanceRow {
  key: string;
  label: string;
  count: number;
  /** The row's colour in the chart (a Mantine colour such as 'blue.7'); the table doubles as its legend. */
  color: string;
}

/** The figures behind a chart, as a table: what screen readers read, what anyone can check, and the legend. */
export function BalanceTable({ caption, heading, rows, total }: { caption: string; heading: string; rows: BalanceRow[]; total: number }) {
  const { t, i18n } = useTranslation();
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <Table withTableBorder verticalSpacing={4} fz="sm">
      <Table.Caption>
        <VisuallyHidden>{caption}</VisuallyHidden>
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{heading}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('balance.people')}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t('balance.share')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key}>
            <Table.Th scope="row" fw={400}>
              <Group gap={8} wrap="nowrap">
                <ColorDot color={row.color} size={12} />
                {row.label}
              </Group>
            </Table.Th>
            <Table.Td ta="right">{row.count}</Table.Td>
            <Table.Td ta="right">{total > 0 ? percent.format(row.count / total) : '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
