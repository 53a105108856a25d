import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import type { Stakeholder } from '@iap/shared';
import { QueryState } from '../../../api/QueryState';
import { describeApiError } from '../../../api/describeApiError';
import { ConfirmDeleteModal } from '../ConfirmDeleteModal';
import { StakeholderFormModal } from './StakeholderFormModal';
import { StakeholderTable } from './StakeholderTable';
import { stakeholdersCsvUrl, useStakeholderMutations, useStakeholders } from './stakeholdersApi';

/** `editing` outlives `opened`, so the modal keeps its title and fields while it fades out. */
interface FormState {
  opened: boolean;
  editing: Stakeholder | null;
}

/** The Stakeholders tab: the register, with add, edit and delete for those who manage it. */
export function StakeholderRegister({ slug, canManage }: { slug: string; canManage: boolean }) {
  const { t } = useTranslation();
  const register = useStakeholders(slug);
  const { create, update, remove } = useStakeholderMutations(slug);
  const [form, setForm] = useState<FormState>({ opened: false, editing: null });
  const [deleting, setDeleting] = useState<{ opened: boolean; stakeholder: Stakeholder | null }>({ opened: false, stakeholder: null });

  const closeDelete = () => {
    setDeleting((current) => ({ ...current, opened: false }));
    remove.reset();
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={2}>
          <Title order={2} size="h3">
            {t('stakeholders.title')}
          </Title>
          {register.data && (
            <Text size="sm" c="dimmed">
              {register.data.complete
                ? t('stakeholders.count', { count: register.data.stakeholders.length })
                : t('stakeholders.consentingOnly', { count: register.data.stakeholders.length })}
            </Text>
          )}
        </Stack>
        <Group gap="sm">
          <Button component="a" href={stakeholdersCsvUrl(slug)} download variant="default">
            {t('stakeholders.exportCsv')}
          </Button>
          {canManage && <Button onClick={() => setForm({ opened: true, editing: null })}>{t('stakeholders.add')}</Button>}
        </Group>
      </Group>
      <QueryState query={register} loadingLabel={t('stakeholders.loading')}>
        {({ stakeholders, complete }) =>
          stakeholders.length === 0 ? (
            <Text>{t('stakeholders.empty')}</Text>
          ) : (
            <StakeholderTable
              stakeholders={stakeholders}
              complete={complete}
              canManage={canManage}
              onEdit={(stakeholder) => setForm({ opened: true, editing: stakeholder })}
              onDelete={(stakeholder) => setDeleting({ opened: true, stakeholder })}
            />
          )
        }
      </QueryState>
      {canManage && (
        <>
          <StakeholderFormModal
            slug={slug}
            opened={form.opened}
            editing={form.editing}
            onClose={() => setForm((current) => ({ ...current, opened: false }))}
            onSubmit={(payload) =>
              form.editing ? update.mutateAsync({ id: form.editing.id, patch: payload }) : create.mutateAsync(payload)
            }
          />
          <ConfirmDeleteModal
            opened={deleting.opened}
            title={t('stakeholders.deleteTitle', { name: deleting.stakeholder?.name ?? '' })}
            body={t('stakeholders.deleteBody')}
            confirmLabel={t('stakeholders.deleteConfirm')}
            pending={remove.isPending}
            error={remove.error ? describeApiError(t, remove.error) : null}
            onConfirm={() => deleting.stakeholder && remove.mutate(deleting.stakeholder.id, { onSuccess: closeDelete })}
            onClose={closeDelete}
          />
        </>
      )}
    </Stack>
  );
}
