import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Modal, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type * as Y from 'yjs';
import type { Action, Objective } from '@iap/shared';
import { addAction, removeAction, saveAction } from '../plan/planWrites';
import { useIapView } from '../IapViewContext';
import { ActionCardFields } from './ActionCardFields';
import { CardFooter } from '../plan/CardFooter';
import { useRestoreFocus } from '../plan/useRestoreFocus';
import { draftOf, validateDraft, type ActionDraft, type DraftErrors } from './actionDraft';

interface ActionCardProps {
  doc: Y.Doc;
  /** The action as it was when the card opened. */
  action: Action;
  /** "A3": the action's place in the table. */
  reference: string;
  isNew: boolean;
  objectives: Objective[];
  /** "O2" by objective id, for the objective picker. */
  references: ReadonlyMap<string, string>;
  canEdit: boolean;
  onClose: () => void;
}

/**
 * One action with all its fields. Saving validates with the shared action schema first:
 * with any error nothing is written, and each error is shown on its field.
 */
export function ActionCard({ doc, action, reference, isNew, objectives, references, canEdit, onClose }: ActionCardProps) {
  const { t } = useTranslation();
  const view = useIapView();
  useRestoreFocus();
  const narrow = useMediaQuery('(max-width: 36em)');
  const [draft, setDraft] = useState<ActionDraft>(() => draftOf(action));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [problem, setProblem] = useState<'invalid' | 'removed' | null>(null);

  const save = (): void => {
    const result = validateDraft(draft);
    if (result.errors) {
      setErrors(result.errors);
      setProblem('invalid');
      return;
    }
    if (isNew) addAction(doc, result.action);
    else if (!saveAction(doc, action, result.action)) {
      setProblem('removed');
      return;
    }
    onClose();
  };

  const title = isNew ? t('iap.action.newTitle') : t('iap.action.cardTitle', { reference, title: action.title });
  return (
    <Modal opened onClose={onClose} title={title} size="xl" fullScreen={narrow} closeButtonProps={{ 'aria-label': t('iap.close') }}>
      <Stack gap="md">
        {problem && (
          <Alert color="red" role="alert" title={t(problem === 'invalid' ? 'iap.action.invalid' : 'iap.action.removedMeanwhile')} />
        )}
        <ActionCardFields draft={draft} onChange={setDraft} errors={errors} objectives={objectives} references={references} readOnly={!canEdit} />
        <CardFooter
          canDelete={!isNew}
          canEdit={canEdit}
          deleteLabel={t('iap.action.delete')}
          confirmDeleteLabel={t('iap.action.confirmDelete', { reference })}
          saveLabel={t('iap.action.save')}
          onDelete={() => removeAction(doc, action.id)}
          onSave={save}
          onClose={onClose}
        >
          {!isNew && view && (
            <Button
              variant="default"
              onClick={() => {
                onClose();
                view.showActionComments(action.id);
              }}
            >
              {t('iap.action.comments')}
            </Button>
          )}
        </CardFooter>
      </Stack>
    </Modal>
  );
}
