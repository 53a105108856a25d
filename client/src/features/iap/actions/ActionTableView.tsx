import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorState, NodeViewWrapper, type Editor } from '@tiptap/react';
import { Badge, Button, Group, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import type * as Y from 'yjs';
import { checkPlanLogic, newAction, type Action } from '@iap/shared';
import { usePlanData } from '../plan/usePlanData';
import { newItemId } from '../plan/planWrites';
import type { PlanBlockViewProps } from '../schema/planBlockNode';
import { useIapView } from '../IapViewContext';
import { useFormatters } from '../format';
import { LogicFlagList } from '../check/LogicFlagList';
import { ActionCard } from './ActionCard';
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
  const view = useIapView();
  const format = useFormatters();
  const { actions, objectives } = usePlanData(doc);
  const canEdit = useEditorState({ editor, selector: ({ editor: current }) => current.isEditable });
  const [card, setCard] = useState<OpenCard | null>(null);
  const flags = useMemo(() => checkPlanLogic({ sections: [], actions, objectives }).flags.filter((flag) => flag.itemId), [actions, objectives]);
  const objectiveRef = new Map(objectives.map((objective, index) => [objective.id, `O${index + 1}`]));

  const when = (action: Action): string => {
    if (action.start && action.end) return t('iap.action.period', { start: format.month(action.start), end: format.month(action.end) });
    if (action.start) return t('iap.action.from', { start: format.month(action.start) });
    return t('iap.notSet');
  };

  return (
    <Stack gap="sm" className="iap-plan-block">
      <Group justify="space-between" align="center">
        <Text id="iap-action-table-caption" fw={650}>
          {t('iap.action.tableCaption', { count: actions.length })}
        </Text>
        {canEdit && (
          <Button
            size="xs"
            onClick={() => setCard({ action: newAction(newItemId('act'), ''), reference: `A${actions.length + 1}`, isNew: true })}
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
        <ScrollableTable minWidth={560} label={t('iap.action.tableCaption', { count: actions.length })}>
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
              {actions.map((action, index) => {
                const reference = `A${index + 1}`;
                const actionFlags = flags.filter((flag) => flag.itemId === action.id);
                const threads = view?.openThreadsByAction.get(action.id) ?? 0;
                return (
                  <Table.Tr key={action.id} data-action-id={action.id}>
                    <Table.Td>{reference}</Table.Td>
                    <Table.Td>
                      <UnstyledButton
                        className="iap-link-button"
                        onClick={() => setCard({ action, reference, isNew: false })}
                        aria-label={t('iap.action.open', { reference, title: action.title || t('iap.untitled') })}
                      >
                        {action.title || t('iap.untitled')}
                      </UnstyledButton>
                      {action.leadOrganisation && (
                        <Text size="xs" c="gray.7">
                          {t('iap.action.ledBy', { lead: action.leadOrganisation })}
                        </Text>
                      )}
                      <LogicFlagList flags={actionFlags} variant="lines" />
                      {threads > 0 && view && (
                        <Badge
                          component="button"
                          type="button"
                          variant="filled"
                          ml={6}
                          className="iap-badge-button"
                          onClick={() => view.showActionComments(action.id)}
                          aria-label={t('iap.action.openThreads', { count: threads, reference })}
                        >
                          {t('iap.action.threadCount', { count: threads })}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{(action.objectiveId && objectiveRef.get(action.objectiveId)) ?? '—'}</Table.Td>
                    <Table.Td>{when(action)}</Table.Td>
                    <Table.Td>{action.estimatedCost === null ? '—' : format.euro(action.estimatedCost)}</Table.Td>
                    <Table.Td>{t(`iap.action.statuses.${action.status}`)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollableTable>
      )}
      {card && (
        <ActionCard
          doc={doc}
          action={card.action}
          reference={card.reference}
          isNew={card.isNew}
          objectives={objectives}
          canEdit={canEdit}
          onClose={() => setCard(null)}
        />
      )}
    </Stack>
  );
}
