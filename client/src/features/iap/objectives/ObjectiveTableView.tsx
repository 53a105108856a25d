import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NodeViewWrapper, useEditorState, type Editor } from '@tiptap/react';
import { Button, Group, List, Stack, Text, UnstyledButton } from '@mantine/core';
import type * as Y from 'yjs';
import type { Objective } from '@iap/shared';
import { objectiveReference } from '../plan/planReadModel';
import { usePlanItems } from '../plan/usePlanReadModel';
import { newItemId } from '../plan/planWrites';
import type { PlanBlockViewProps } from '../schema/planBlockNode';
import { LazyObjectiveCard } from '../plan/lazyCards';

/** The node view of `iapObjectiveTable`. */
export function ObjectiveTableView({ editor, extension }: PlanBlockViewProps) {
  const doc = extension.options.doc;
  return <NodeViewWrapper contentEditable={false}>{doc && <ObjectiveTable doc={doc} editor={editor} />}</NodeViewWrapper>;
}

function ObjectiveTable({ doc, editor }: { doc: Y.Doc; editor: Editor }) {
  const { t } = useTranslation();
  const { objectives, actions, references } = usePlanItems(doc);
  const canEdit = useEditorState({ editor, selector: ({ editor: current }) => current.isEditable });
  const [card, setCard] = useState<{ objective: Objective; reference: string; isNew: boolean } | null>(null);

  return (
    <Stack gap="sm" className="iap-plan-block">
      <Group justify="space-between" align="center">
        <Text fw={650}>{t('iap.objective.listTitle', { count: objectives.length })}</Text>
        {canEdit && (
          <Button
            size="xs"
            onClick={() =>
              setCard({
                objective: { id: newItemId('obj'), title: '', description: '', indicators: [] },
                reference: objectiveReference(objectives.length),
                isNew: true,
              })
            }
          >
            {t('iap.objective.add')}
          </Button>
        )}
      </Group>
      {objectives.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t('iap.objective.empty')}
        </Text>
      ) : (
        <List listStyleType="none" spacing="xs" className="iap-objective-list">
          {objectives.map((objective) => {
            const reference = references.get(objective.id) ?? '';
            const served = actions.filter((action) => action.objectiveId === objective.id).length;
            return (
              <List.Item key={objective.id}>
                <UnstyledButton className="iap-link-button" onClick={() => setCard({ objective, reference, isNew: false })}>
                  {reference} · {objective.title || t('iap.untitled')}
                </UnstyledButton>
                <Text size="sm" c={objective.indicators.length === 0 ? 'red.9' : 'gray.7'}>
                  {t('iap.objective.indicatorCount', { count: objective.indicators.length })} ·{' '}
                  {t('iap.objective.servedBy', { count: served })}
                </Text>
              </List.Item>
            );
          })}
        </List>
      )}
      {card && (
        <LazyObjectiveCard
          doc={doc}
          objective={card.objective}
          reference={card.reference}
          isNew={card.isNew}
          canEdit={canEdit}
          onClose={() => setCard(null)}
        />
      )}
    </Stack>
  );
}
