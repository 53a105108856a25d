import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Container, Group, Stack } from '@mantine/core';
import { citySlugOfIapDocument, DOCUMENT_NAME_PATTERN } from '@iap/shared';
import { PageLoader } from '../../app/PageLoader';
import { useIdentity } from '../identity/useIdentity';
import { CollabEditor } from './CollabEditor';
import { DocumentTitle } from './DocumentTitle';
import { ExportMenu } from '../export/ExportMenu';
import { IapWorkspace } from '../iap/IapWorkspace';
import { PlanStateControl } from '../planState/PlanStateControl';
import { useRecheckStateWhenRefused } from '../planState/useRecheckStateWhenRefused';
import { HistoryButton } from '../versions/HistoryButton';
import { PresenceList } from './PresenceList';
import { ReadOnlyNotice } from './ReadOnlyNotice';
import { SaveStatusBadge } from './SaveStatusBadge';
import type { CollabSession } from './CollabSession';
import { deriveSaveStatus } from './saveStatus';
import { useAwarenessUser } from './useAwarenessUser';
import { useCollabDocument } from './useCollabDocument';
import { useCollabStatus } from './useCollabStatus';
import { useDocumentAccess } from './useDocumentAccess';
import { usePresence } from './usePresence';
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
  const session = useCollabDocument(name);
  // A city's IAP opens with its outline and comments around the editor.
  const isIap = citySlugOfIapDocument(name) !== null;

  return (
    <Container size={isIap ? 1600 : 'md'} py={{ base: 'md', sm: 'xl' }} px={{ base: 'xs', sm: 'md' }}>
      <Stack gap="md">
        <Group gap="sm" wrap="wrap">
          <DocumentTitle name={name} />
          {isIap && <ExportMenu documentName={name} />}
          {isIap && <PlanStateControl documentName={name} />}
        </Group>
        {session && <SessionEditor session={session} isIap={isIap} />}
      </Stack>
    </Container>
  );
}

function SessionEditor({ session, isIap }: { session: CollabSession; isIap: boolean }) {
  const identity = useIdentity();
  const access = useDocumentAccess(session.name);
  const status = useCollabStatus(session);
  useRecheckStateWhenRefused(session.name, status.writeRefused);
  const readOnly = access.canEdit !== true || status.writeRefused;
  useAwarenessUser(session, identity, readOnly);
  // The editor waits for the city's answer: a writer's first keystrokes must not meet a
  // read-only editor, nor an observer's an editable one whose changes the server drops.
  if (!identity || access.canEdit === null) return <PageLoader />;
  const showNotice = access.canEdit === false || status.writeRefused;
  return (
    <CollabEditor
      session={session}
      user={identity}
      frame={isIap ? IapWorkspace : undefined}
      isPlan={isIap}
      readOnly={readOnly}
      status={<DocumentStatus session={session} viewOnly={readOnly} />}
      notice={showNotice ? <ReadOnlyNotice roleLabel={access.roleLabel} writeRefused={status.writeRefused} final={access.final} /> : undefined}
    />
  );
}

function DocumentStatus({ session, viewOnly }: { session: CollabSession; viewOnly: boolean }) {
  const people = usePresence(session);
  const status = deriveSaveStatus(useCollabStatus(session), viewOnly);
  return (
    <Group gap="md" wrap="nowrap">
      <HistoryButton documentName={session.name} />
      <PresenceList people={people} />
      <SaveStatusBadge status={status} />
    </Group>
  );
}
