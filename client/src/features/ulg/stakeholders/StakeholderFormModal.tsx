import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import '@mantine/core/styles/CheckboxCard.css';
import '@mantine/core/styles/CheckboxIndicator.css';
import '@mantine/core/styles/Checkbox.css';
import type { Gender, Stakeholder, StakeholderCreate, StakeholderSector } from '@iap/shared';
import { isApiError } from '../../../api/ApiRequestError';
import { describeApiError } from '../../../api/describeApiError';
import { useMembers } from '../members/membersApi';
import { ScoreInput } from './ScoreInput';
import {
  EMPTY_STAKEHOLDER_FORM,
  formValuesOf,
  parseStakeholderForm,
  type StakeholderField,
  type StakeholderFormValues,
} from './stakeholderForm';
import { useStakeholderLabels } from './useStakeholderLabels';

interface StakeholderFormModalProps {
  slug: string;
  /** The stakeholder to edit, or null to add one. */
  editing: Stakeholder | null;
  opened: boolean;
  onClose: () => void;
  onSubmit: (payload: StakeholderCreate) => Promise<unknown>;
}

/** Add or edit one stakeholder; checked with the shared schema before it is sent. */
export function StakeholderFormModal({ slug, editing, opened, onClose, onSubmit }: StakeholderFormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={editing ? t('stakeholders.form.editTitle', { name: editing.name }) : t('stakeholders.form.addTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
    >
      {/* Keyed so each opening starts from the stakeholder's current values. */}
      <StakeholderForm key={editing?.id ?? 'new'} slug={slug} editing={editing} onClose={onClose} onSubmit={onSubmit} />
    </Modal>
  );
}

function StakeholderForm({ slug, editing, onClose, onSubmit }: Omit<StakeholderFormModalProps, 'opened'>) {
  const { t } = useTranslation();
  const labels = useStakeholderLabels();
  const members = useMembers(slug);
  const [values, setValues] = useState<StakeholderFormValues>(editing ? formValuesOf(editing) : EMPTY_STAKEHOLDER_FORM);
  const [invalid, setInvalid] = useState<StakeholderField[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  const set = <K extends StakeholderField>(field: K, value: StakeholderFormValues[K]): void => {
    setValues((current) => ({ ...current, [field]: value }));
    setInvalid((current) => current.filter((name) => name !== field));
  };
  const errorOf = (field: StakeholderField): string | undefined =>
    invalid.includes(field) ? t(`stakeholders.form.errors.${field}`) : undefined;

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setFailure(null);
    const parsed = parseStakeholderForm(values);
    if (!parsed.ok) {
      setInvalid(parsed.invalid);
      focusFirstInvalid();
      return;
    }
    setSaving(true);
    try {
      await onSubmit(parsed.payload);
      onClose();
    } catch (error) {
      // The server names the field it refused (a linked account outside the city, say).
      const field = isApiError(error) ? (error.field as StakeholderField | undefined) : undefined;
      if (field && field in values) setInvalid([field]);
      else setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  const memberOptions = (members.data ?? []).map((member) => ({ value: member.userId, label: member.name }));

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        {failure !== null && (
          <Alert color="red" role="alert" title={t('stakeholders.form.saveFailed')}>
            {describeApiError(t, failure)}
          </Alert>
        )}
        <TextInput
          label={t('stakeholders.fields.name')}
          value={values.name}
          onChange={(event) => set('name', event.currentTarget.value)}
          error={errorOf('name')}
          maxLength={200}
          required
          data-autofocus
        />
        <TextInput
          label={t('stakeholders.fields.organisation')}
          value={values.organisation}
          onChange={(event) => set('organisation', event.currentTarget.value)}
          error={errorOf('organisation')}
          maxLength={200}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <Select
            label={t('stakeholders.fields.sector')}
            placeholder={t('stakeholders.form.chooseSector')}
            data={labels.sectorOptions}
            value={values.sector}
            onChange={(value) => set('sector', value as StakeholderSector | null)}
            error={errorOf('sector')}
            allowDeselect={false}
            required
          />
          <Select
            label={t('stakeholders.fields.gender')}
            description={t('stakeholders.form.optional')}
            placeholder={t('stakeholders.form.notRecorded')}
            data={labels.genderOptions}
            value={values.gender}
            onChange={(value) => set('gender', value as Gender | null)}
            clearable
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <ScoreInput
            label={t('stakeholders.fields.importance')}
            description={t('stakeholders.form.importanceHint')}
            value={values.importance}
            onChange={(value) => set('importance', value)}
          />
          <ScoreInput
            label={t('stakeholders.fields.influence')}
            description={t('stakeholders.form.influenceHint')}
            value={values.influence}
            onChange={(value) => set('influence', value)}
          />
        </SimpleGrid>
        <TextInput
          label={t('stakeholders.fields.contact')}
          description={t('stakeholders.form.contactHint')}
          value={values.contact}
          onChange={(event) => set('contact', event.currentTarget.value)}
          error={errorOf('contact')}
          maxLength={300}
        />
        <Select
          label={t('stakeholders.fields.linkedAccount')}
          description={t('stakeholders.form.linkedAccountHint')}
          placeholder={t('stakeholders.form.noLinkedAccount')}
          data={memberOptions}
          value={values.linkedUserId}
          onChange={(value) => set('linkedUserId', value)}
          error={errorOf('linkedUserId')}
          searchable
          clearable
        />
        <Checkbox
          label={t('stakeholders.fields.consent')}
          description={t('stakeholders.form.consentHint')}
          checked={values.consentToBeListed}
          onChange={(event) => set('consentToBeListed', event.currentTarget.checked)}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {editing ? t('stakeholders.form.save') : t('stakeholders.form.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** After a render shows the errors, move focus to the first field marked invalid. */
function focusFirstInvalid(): void {
  requestAnimationFrame(() => {
    document.querySelector<HTMLElement>('form [aria-invalid="true"]')?.focus();
  });
}
