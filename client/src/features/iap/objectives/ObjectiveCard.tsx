import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type * as Y from 'yjs';
import { IAP_LIMITS, objectiveSchema, type Objective } from '@iap/shared';
import { IndicatorsField } from '../indicators/IndicatorsField';
import { CardFooter } from '../plan/CardFooter';
import { useRestoreFocus } from '../plan/useRestoreFocus';
import { addObjective, removeObjective, saveObjective } from '../plan/planWrites';

interface ObjectiveCardProps {
  doc: Y.Doc;
  objective: Objective;
  reference: string;
  isNew: boolean;
  canEdit: boolean;
  onClose: () => void;
}

/** One objective and its indicators; validated with the shared schema before anything is written. */
export function ObjectiveCard({ doc, objective, reference, isNew, canEdit, onClose }: ObjectiveCardProps) {
  const { t } = useTranslation();
  const narrow = useMediaQuery('(max-width: 36em)');
  useRestoreFocus();
  const [draft, setDraft] = useState<Objective>(objective);
  const [errors, setErrors] = useState<Record<string, true>>({});
  const [problem, setProblem] = useState<'invalid' | 'removed' | null>(null);

  const save = (): void => {
    const parsed = objectiveSchema.safeParse(draft);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.map(String).join('.'), true])));
      setProblem('invalid');
      return;
    }
    if (isNew) addObjective(doc, parsed.data);
    else if (!saveObjective(doc, objective, parsed.data)) {
      setProblem('removed');
      return;
    }
    onClose();
  };

  const title = isNew ? t('iap.objective.newTitle') : t('iap.objective.cardTitle', { reference, title: objective.title });
  return (
    <Modal opened onClose={onClose} title={title} size="lg" fullScreen={narrow} closeButtonProps={{ 'aria-label': t('iap.close') }}>
      <Stack gap="md">
        {problem && (
          <Alert color="red" role="alert" title={t(problem === 'invalid' ? 'iap.objective.invalid' : 'iap.objective.removedMeanwhile')} />
        )}
        <fieldset disabled={!canEdit} className="iap-plain-fieldset">
          <Stack gap="sm">
            <TextInput
              label={t('iap.objective.fields.title')}
              required
              data-autofocus
              value={draft.title}
              maxLength={IAP_LIMITS.titleLength}
              error={errors.title ? t('iap.objective.errors.title') : undefined}
              onChange={(event) => setDraft({ ...draft, title: event.currentTarget.value })}
            />
            <Textarea
              label={t('iap.objective.fields.description')}
              autosize
              minRows={2}
              value={draft.description}
              maxLength={IAP_LIMITS.mediumTextLength}
              onChange={(event) => setDraft({ ...draft, description: event.currentTarget.value })}
            />
            <IndicatorsField
              legend={t('iap.objective.fields.indicators')}
              value={draft.indicators}
              onChange={(indicators) => setDraft({ ...draft, indicators })}
              errorAt={(index) => (errors[`indicators.${index}.name`] ? t('iap.action.errors.indicatorName') : undefined)}
            />
          </Stack>
        </fieldset>
        <CardFooter
          canDelete={!isNew}
          canEdit={canEdit}
          deleteLabel={t('iap.objective.delete')}
          confirmDeleteLabel={t('iap.objective.confirmDelete', { reference })}
          saveLabel={t('iap.objective.save')}
          onDelete={() => removeObjective(doc, objective.id)}
          onSave={save}
          onClose={onClose}
        />
      </Stack>
    </Modal>
  );
}
