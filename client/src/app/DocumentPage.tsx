import { lazy, Suspense } from 'react';
import { useParams } from 'wouter';
import { useTranslation } from 'react-i18next';
import { Alert, Container, Group, Stack } from '@mantine/core';
import { citySlugOfIapDocument, DOCUMENT_NAME_PATTERN } from '@iap/shared';
import { ButtonPlaceholder } from './ButtonPlaceholder';
import { lazyUntilLoaded } from './lazyUntilLoaded';
import { PageLoader } from './PageLoader';
import { useIdentity } from '../features/identity/useIdentity';
import { CollabEditor } from '../features/editor/CollabEditor';
import { DocumentTitle } from '../features/editor/DocumentTitle';
import { IapWorkspace } from '../features/iap/IapWorkspace';
import { iapEditorExtensions } from '../features/iap/schema/iapEditorExtensions';
import { useRecheckStateWhenRefused } from '../features/planState/useRecheckStateWhenRefused';
import { PresenceList } from '../features/editor/PresenceList';
import { ReadOnlyNotice } from '../features/editor/ReadOnlyNotice';
import { SaveStatusBadge } from '../features/editor/SaveStatusBadge';
import type { CollabSession } from '../features/editor/CollabSession';
import { deriveSaveStatus } from '../features/editor/saveStatus';
import { useAwarenessUser } from '../features/editor/useAwarenessUser';
import { useCollabDocument } from '../features/editor/useCollabDocument';
import { useCollabStatus } from '../features/editor/useCollabStatus';
import { useDocumentAccess } from './useDocumentAccess';
import { usePresence } from '../features/editor/usePresence';
import './documentPage.css';

// Loads with the History drawer, not with the plan.
const PlanStateHistory = lazy(() => import('../features/planState/PlanStateHistory').then((module) => ({ default: module.PlanStateHistory })));
// What the plan does not need to become editable loads right after it: its menus, the History
// button and its drawer, the follow-me bar. Each holds its place meanwhile, so nothing moves.
const ExportMenu = lazyUntilLoaded(() => import('../features/export/ExportMenu').then((module) => ({ default: module.ExportMenu })));
const PlanStateControl = lazyUntilLoaded(() => import('../features/planState/PlanStateControl').then((module) => ({ default: module.PlanStateControl })));
const HistoryButton = lazyUntilLoaded(() => import('../features/versions/HistoryButton').then((module) => ({ default: module.HistoryButton })));
const CityWorkshopFollow = lazyUntilLoaded(() =>
  import('../features/workshops/follow/CityWorkshopFollow').then((module) => ({ default: module.CityWorkshopFollow })),
);

/**
 * `/doc/:name`: one shared document, who is in it, and whether your writing is saved. The page
 * composes the features (editor, IAP workspace, plan state, history), so none imports another's page.
 */
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
  const { t } = useTranslation();
  const session = useCollabDocument(name);
  // A city's IAP opens with its outline and comments around the editor.
  const citySlug = citySlugOfIapDocument(name);
  const isIap = citySlug !== null;

  return (
    <Container size={isIap ? 1600 : 'md'} py={{ base: 'md', sm: 'xl' }} px={{ base: 'xs', sm: 'md' }}>
      <Stack gap="md">
        <Group gap="sm" wrap="wrap">
          <DocumentTitle name={name} />
          {isIap && (
            <Suspense fallback={<ButtonPlaceholder label={t('export.menu')} size="sm" />}>
              <ExportMenu documentName={name} />
            </Suspense>
          )}
          {/* Shown once the state is known, as before: nothing to hold a place for. */}
          {isIap && (
            <Suspense fallback={null}>
              <PlanStateControl documentName={name} />
            </Suspense>
          )}
        </Group>
        {session && <SessionEditor session={session} isIap={isIap} />}
        {/* A member in a running session of the city follows its facilitator here too. */}
        {citySlug !== null && (
          <Suspense fallback={null}>
            <CityWorkshopFollow citySlug={citySlug} />
          </Suspense>
        )}
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
      // Every document gets the IAP's nodes, not only a plan: a schema without them would delete them.
      schema={iapEditorExtensions}
      frame={isIap ? IapWorkspace : undefined}
      isPlan={isIap}
      readOnly={readOnly}
      status={<DocumentStatus session={session} isIap={isIap} viewOnly={readOnly} canChangeVersions={access.canEdit === true} />}
      notice={showNotice ? <ReadOnlyNotice roleLabel={access.roleLabel} writeRefused={status.writeRefused} final={access.final} /> : undefined}
    />
  );
}

interface DocumentStatusProps {
  session: CollabSession;
  isIap: boolean;
  viewOnly: boolean;
  canChangeVersions: boolean;
}

function DocumentStatus({ session, isIap, viewOnly, canChangeVersions }: DocumentStatusProps) {
  const { t } = useTranslation();
  const people = usePresence(session);
  const status = deriveSaveStatus(useCollabStatus(session), viewOnly);
  return (
    <Group gap="md" wrap="nowrap">
      {/* Only a city's IAP keeps versions. */}
      {isIap && (
        <Suspense fallback={<ButtonPlaceholder label={t('versions.open')} size="xs" />}>
          <HistoryButton documentName={session.name} canChange={canChangeVersions} stateHistory={<PlanStateHistory documentName={session.name} />} />
        </Suspense>
      )}
      <PresenceList people={people} />
      <SaveStatusBadge status={status} />
    </Group>
  );
}
