import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorState, NodeViewWrapper, type Editor } from '@tiptap/react';
import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type * as Y from 'yjs';
import { newAction, type Action } from '@iap/shared';
import { actionReference } from '../plan/planReadModel';
import { usePlanItems } from '../plan/usePlanReadModel';
import { newItemId } from '../plan/planWrites';
import type { PlanBlockViewProps } from '../schema/planBlockNode';
import { useFormatters } from '../format';
import { LazyActionCard } from '../plan/lazyCards';
import { ActionCardList, type ActionRow } from './ActionCardList';
import { ActionTitle } from './ActionTitle';
import { ScrollableTable } from '../views/ScrollableTable';

/** The node view of `iapActionTable`. */
export function ActionTableView({ editor, extension }: PlanBlockViewProps) {
  const doc = extension.options.doc;
  return <NodeViewWrapper contentEditable={false}>{doc && <ActionTable doc={doc} editor={editor} />}</NodeViewWrapper>;
}

interface OpenCard {
  action: Action;
  reference: string;
  isNew: boolean;
}

function ActionTable({ doc, editor }: { doc: Y.Doc; editor: Editor }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const narrow = useMediaQuery('(max-width: 36em)');
  const { actions, objectives, references, flagsByItem } = usePlanItems(doc);
  const canEdit = useEditorState({ editor, selector: ({ editor: current }) => current.isEditable });
  const [card, setCard] = useState<OpenCard | null>(null);

  const when = (action: Action): string => {
    if (action.start && action.end) return t('iap.action.period', { start: format.month(action.start), end: format.month(action.end) });
    if (action.start) return t('iap.action.from', { start: format.month(action.start) });
    return t('iap.notSet');
  };
  const rows: ActionRow[] = actions.map((action, index) => ({
    action,
    reference: actionReference(index),
    flags: flagsByItem.get(action.id) ?? [],
    objective: (action.objectiveId && references.get(action.objectiveId)) ?? '—',
    when: when(action),
    cost: action.estimatedCost === null ? '—' : format.euro(action.estimatedCost),
    status: t(`iap.action.statuses.${action.status}`),
  }));
  const open = (row: ActionRow): void => setCard({ action: row.action, reference: row.reference, isNew: false });
  const caption = t('iap.action.tableCaption', { count: actions.length });

  return (
    <Stack gap="sm" className="iap-plan-block">
      <Group justify="space-between" align="center">
        <Text id="iap-action-table-caption" fw={650}>
          {t('iap.action.tableCaption', { count: actions.length })}
        </Text>
        {canEdit && (
          <Button
            size="xs"
            onClick={() => setCard({ action: newAction(newItemId('act'), ''), reference: actionReference(actions.length), isNew: true })}
          >
            {t('iap.action.add')}
          </Button>
        )}
      </Group>
      {actions.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t('iap.action.empty')}
        </Text>
      ) : (
        narrow ? (
          <ActionCardList rows={rows} label={caption} onOpen={open} />
        ) : (
          <ScrollableTable minWidth={560} label={caption}>
            <Table striped highlightOnHover verticalSpacing="xs" aria-labelledby="iap-action-table-caption">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('iap.action.columns.reference')}</Table.Th>
                  <Table.Th scope="col">{t('iap.action.columns.title')}</Table.Th>
                  <Table.Th scope="col">{t('iap.action.columns.objective')}</Table.Th>
                  <Table.Th scope="col">{t('iap.action.columns.when')}</Table.Th>
                  <Table.Th scope="col">{t('iap.action.columns.cost')}</Table.Th>
                  <Table.Th scope="col">{t('iap.action.columns.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.action.id} data-action-id={row.action.id}>
                    <Table.Td>{row.reference}</Table.Td>
                    <Table.Td>
                      <ActionTitle action={row.action} reference={row.reference} flags={row.flags} onOpen={() => open(row)} />
                    </Table.Td>
                    <Table.Td>{row.objective}</Table.Td>
                    <Table.Td>{row.when}</Table.Td>
                    <Table.Td>{row.cost}</Table.Td>
                    <Table.Td>{row.status}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollableTable>
        )
      )}
      {card && (
        <LazyActionCard
          doc={doc}
          action={card.action}
          reference={card.reference}
          isNew={card.isNew}
          objectives={objectives}
          references={references}
          canEdit={canEdit}
          onClose={() => setCard(null)}
        />
      )}
    </Stack>
  );
}
