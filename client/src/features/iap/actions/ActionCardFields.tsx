import { useTranslation } from 'react-i18next';
import { NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import '@mantine/core/styles/NumberInput.css';
import { ACTION_STATUSES, IAP_LIMITS, type ActionStatus, type Objective } from '@iap/shared';
import { IndicatorsField } from '../indicators/IndicatorsField';
import { useIapView } from '../IapViewContext';
import type { ActionDraft, DraftErrors } from './actionDraft';
import { FundingSourcesField } from './FundingSourcesField';
import { RisksField } from './RisksField';
import { PartnersField } from './PartnersField';

interface ActionCardFieldsProps {
  draft: ActionDraft;
  onChange: (draft: ActionDraft) => void;
  errors: DraftErrors;
  objectives: Objective[];
  /** "O2" by objective id (the plan's read model). */
  references: ReadonlyMap<string, string>;
  readOnly: boolean;
}

/** Every field of an action (DOMAIN.md section 5), bound to the card's draft. */
export function ActionCardFields({ draft, onChange, errors, objectives, references, readOnly }: ActionCardFieldsProps) {
  const { t } = useTranslation();
  const view = useIapView();
  const set = <K extends keyof ActionDraft>(field: K, value: ActionDraft[K]): void => onChange({ ...draft, [field]: value });
  const error = (path: string): string | undefined => (errors[path] ? t(`iap.action.errors.${errors[path]}`) : undefined);

  return (
    <fieldset disabled={readOnly} className="iap-plain-fieldset">
      <Stack gap="sm">
        <TextInput
          label={t('iap.action.fields.title')}
          required
          data-autofocus
          value={draft.title}
          maxLength={IAP_LIMITS.titleLength}
          error={error('title')}
          onChange={(event) => set('title', event.currentTarget.value)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('iap.action.fields.objective')}
            // "No objective yet" only when there is none to choose; otherwise invite a choice.
            placeholder={t(objectives.length === 0 ? 'iap.action.noObjective' : 'iap.action.chooseObjective')}
            data={objectives.map((objective) => ({ value: objective.id, label: `${references.get(objective.id) ?? ''} · ${objective.title}` }))}
            value={draft.objectiveId}
            clearable
            onChange={(objectiveId) => set('objectiveId', objectiveId)}
          />
          <Select
            label={t('iap.action.fields.status')}
            data={ACTION_STATUSES.map((status) => ({ value: status, label: t(`iap.action.statuses.${status}`) }))}
            value={draft.status}
            allowDeselect={false}
            onChange={(status) => set('status', (status as ActionStatus | null) ?? 'proposed')}
          />
        </SimpleGrid>
        <Textarea
          label={t('iap.action.fields.description')}
          description={t('iap.action.descriptionHint')}
          autosize
          minRows={3}
          value={draft.description}
          maxLength={IAP_LIMITS.longTextLength}
          error={error('description')}
          onChange={(event) => set('description', event.currentTarget.value)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('iap.action.fields.leadOrganisation')}
            value={draft.leadOrganisation}
            maxLength={IAP_LIMITS.shortTextLength}
            error={error('leadOrganisation')}
            onChange={(event) => set('leadOrganisation', event.currentTarget.value)}
          />
          {view && <PartnersField citySlug={view.citySlug} value={draft.partners} onChange={(partners) => set('partners', partners)} />}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <TextInput
            type="date"
            label={t('iap.action.fields.start')}
            value={draft.start}
            error={error('start')}
            onChange={(event) => set('start', event.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('iap.action.fields.end')}
            value={draft.end}
            error={error('end')}
            onChange={(event) => set('end', event.currentTarget.value)}
          />
          <NumberInput
            label={t('iap.action.fields.estimatedCost')}
            value={draft.estimatedCost}
            prefix="€ "
            thousandSeparator=" "
            error={error('estimatedCost')}
            onChange={(value) => set('estimatedCost', value)}
          />
        </SimpleGrid>
        <FundingSourcesField
          value={draft.fundingSources}
          onChange={(value) => set('fundingSources', value)}
          errorAt={(index, field) => error(`fundingSources.${index}.${field}`)}
        />
        <Textarea
          label={t('iap.action.fields.outputs')}
          autosize
          minRows={2}
          value={draft.outputs}
          maxLength={IAP_LIMITS.mediumTextLength}
          error={error('outputs')}
          onChange={(event) => set('outputs', event.currentTarget.value)}
        />
        <IndicatorsField
          legend={t('iap.action.fields.resultIndicators')}
          value={draft.resultIndicators}
          onChange={(value) => set('resultIndicators', value)}
          errorAt={(index) => error(`resultIndicators.${index}.name`)}
        />
        <RisksField value={draft.risks} onChange={(value) => set('risks', value)} errorAt={(index) => error(`risks.${index}.risk`)} />
      </Stack>
    </fieldset>
  );
}
