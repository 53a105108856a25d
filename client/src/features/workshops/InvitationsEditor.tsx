import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Group, Stack } from '@mantine/core';
import type { Workshop } from '@iap/shared';
import { describeApiError } from '../../api/describeApiError';
import { InvitedPicker } from './InvitedPicker';
import { useWorkshopMutation, workshopsApi } from './workshopsApi';

/**
 * Changes who of the register is invited, from the console, while the session is planned or
 * running: a button opens the picker on the current invitations; saving replaces them.
 */
export function InvitationsEditor({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation();
  // Null while closed; the picked ids while open.
  const [draft, setDraft] = useState<string[] | null>(null);
  const save = useWorkshopMutation(workshop.id, (ids: string[]) => workshopsApi.invite(workshop.id, ids));
  if (draft === null) {
    return (
      <Button variant="default" size="xs" style={{ alignSelf: 'flex-start' }} onClick={() => setDraft(workshop.invited.map((invitee) => invitee.id))}>
        {t('workshops.invitations.edit')}
      </Button>
    );
  }
  return (
    <Stack gap="xs">
      <InvitedPicker slug={workshop.citySlug} value={draft} onChange={setDraft} />
      <Group gap="xs">
        <Button size="xs" loading={save.isPending} onClick={() => save.mutate(draft, { onSuccess: () => setDraft(null) })}>
          {t('workshops.invitations.save')}
        </Button>
        <Button size="xs" variant="subtle" onClick={() => setDraft(null)}>
          {t('workshops.invitations.cancel')}
        </Button>
      </Group>
      {save.error && (
        <Alert color="red" role="alert">
          {describeApiError(t, save.error)}
        </Alert>
      )}
    </Stack>
  );
}
