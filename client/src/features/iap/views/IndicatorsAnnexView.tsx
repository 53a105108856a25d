import { useTranslation } from 'react-i18next';
import { NodeViewWrapper } from '@tiptap/react';
import { Stack, Table, Text } from '@mantine/core';
import type * as Y from 'yjs';
import { isIndicatorComplete, type Indicator } from '@iap/shared';
import { usePlanItems } from '../plan/usePlanReadModel';
import type { PlanBlockViewProps } from '../schema/planBlockNode';
import { ScrollableTable } from './ScrollableTable';

/** The node view of `iapIndicatorsAnnex`: every indicator of the plan, with where it comes from. */
export function IndicatorsAnnexView({ extension }: PlanBlockViewProps) {
  const doc = extension.options.doc;
  return <NodeViewWrapper contentEditable={false}>{doc && <IndicatorsAnnex doc={doc} />}</NodeViewWrapper>;
}

function IndicatorsAnnex({ doc }: { doc: Y.Doc }) {
  const { t } = useTranslation();
  const { objectives, actions, references } = usePlanItems(doc);
  const rows: { owner: string; indicator: Indicator }[] = [
    ...objectives.flatMap((objective) => objective.indicators.map((indicator) => ({ owner: references.get(objective.id) ?? '', indicator }))),
    ...actions.flatMap((action) => action.resultIndicators.map((indicator) => ({ owner: references.get(action.id) ?? '', indicator }))),
  ];
  const missing = (value: string): string => value || t('iap.notSet');

  return (
    <Stack gap="xs" className="iap-plan-block">
      <Text fw={650}>{t('iap.annex.title')}</Text>
      {rows.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t('iap.annex.empty')}
        </Text>
      ) : (
        <ScrollableTable minWidth={600} label={t('iap.annex.title')}>
          <Table verticalSpacing={4} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('iap.annex.owner')}</Table.Th>
                <Table.Th scope="col">{t('iap.annex.indicator')}</Table.Th>
                <Table.Th scope="col">{t('iap.indicator.baseline')}</Table.Th>
                <Table.Th scope="col">{t('iap.indicator.target')}</Table.Th>
                <Table.Th scope="col">{t('iap.indicator.source')}</Table.Th>
                <Table.Th scope="col">{t('iap.indicator.frequency')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ owner, indicator }) => (
                <Table.Tr key={`${owner}-${indicator.id}`}>
                  <Table.Td>{owner}</Table.Td>
                  <Table.Td>
                    {indicator.name || t('iap.untitled')}
                    {!isIndicatorComplete(indicator) && (
                      <Text span size="xs" c="red.9" ml={6}>
                        {t('iap.annex.incomplete')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{missing(indicator.baseline)}</Table.Td>
                  <Table.Td>{missing(indicator.target)}</Table.Td>
                  <Table.Td>{missing(indicator.source)}</Table.Td>
                  <Table.Td>{indicator.frequency ? t(`iap.indicator.frequencies.${indicator.frequency}`) : t('iap.notSet')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollableTable>
      )}
    </Stack>
  );
}
