import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Container, Group, Stack } from '@mantine/core';
import { citySlugOfIapDocument, DOCUMENT_NAME_PATTERN } from '@iap/shared';
import { useIdentity } from '../identity/useIdentity';
import { CollabEditor } from './CollabEditor';
import { DocumentTitle } from './DocumentTitle';
import { IapWorkspace } from '../iap/IapWorkspace';
import { PresenceList } from './PresenceList';
import { SaveStatusBadge } from './SaveStatusBadge';
import type { CollabSession } from './CollabSession';
import { useAwarenessUser } from './useAwarenessUser';
import { useCollabDocument } from './useCollabDocument';
import { usePresence } from './usePresence';
import { useSaveStatus } from './useSaveStatus';
import './documentPage.css';

/** `/doc/:name`: one shared document, who is in it, and whether your writing is saved. */
export function DocumentPage() {
  const { t } = useTranslation();
  const name = useParams().name ?? '';
  if (!DOCUMENT_NAME_PATTERN.test(name)) {
    return (
      <Container size="md" py="xl">
        <Alert color="red" title={t('editor.invalidName', { name })} />
      </Container>
    );
  }
  // Keyed by name so moving to another document starts from a clean editor.
  return <LiveDocument key={name} name={name} />;
}

function LiveDocument({ name }: { name: string }) {
  const identity = useIdentity();
  const session = useCollabDocument(name);
  // A city's IAP opens with its outline and comments around the editor.
  const isIap = citySlugOfIapDocument(name) !== null;
  useAwarenessUser(session, identity);

  return (
    <Container size={isIap ? 1600 : 'md'} py={{ base: 'md', sm: 'xl' }} px={{ base: 'xs', sm: 'md' }}>
      <Stack gap="md">
        <Group justify="space-between" align="center" gap="sm">
          <DocumentTitle name={name} />
          {session && <DocumentStatus session={session} />}
        </Group>
        {session && identity && <CollabEditor session={session} user={identity} frame={isIap ? IapWorkspace : undefined} />}
      </Stack>
    </Container>
  );
}

function DocumentStatus({ session }: { session: CollabSession }) {
  const people = usePresence(session);
  const status = useSaveStatus(session);
  return (
    <Group gap="md" wrap="nowrap">
      <PresenceList people={people} />
      <SaveStatusBadge status={status} />
    </Group>
  );
}
