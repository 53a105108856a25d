import { useMemo } from 'react';
import { useParams } from 'wouter';
import { Link } from '../../../app/routing/Link';
import { useTranslation } from 'react-i18next';
import { Alert, Anchor, Container, Group, Stack, Title } from '@mantine/core';
import { accountColor, iapDocumentName } from '@iap/shared';
import { QueryState } from '../../../api/QueryState';
import { CollabEditor } from '../../editor/CollabEditor';
import { useCollabDocument } from '../../editor/useCollabDocument';
import { iapEditorExtensions } from '../../iap/schema/iapEditorExtensions';
import { workshopPath } from '../paths';
import { useWorkshop, useWorkshopEvents, type LiveWorkshop } from '../workshopsApi';
import { FollowBar } from './FollowBar';
import { useFollowFacilitator } from './useFollowFacilitator';
import '../workshops.css';

/**
 * `/workshops/:id/plan`: the city's plan, read-only, for everyone in the session (a guest has no
 * other way to it), following the facilitator while Follow me is on. The server opens the plan's
 * socket to a guest only while the session runs, read-only.
 */
export function WorkshopPlanPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const workshop = useWorkshop(id);
  useWorkshopEvents(id, workshop.data?.status === 'running');
  return (
    <Container size="md" py={{ base: 'md', sm: 'xl' }} px={{ base: 'xs', sm: 'md' }} className="workshop-follow-space">
      <QueryState query={workshop} loadingLabel={t('workshops.loading')}>
        {(data) => (
          <Stack gap="md">
            <Group justify="space-between" gap="sm" wrap="wrap">
              <Title order={1} size="h3">
                {t('workshops.follow.planTitle', { title: data.title })}
              </Title>
              <Anchor component={Link} to={workshopPath(data.id)}>
                {t('workshops.follow.backToSession')}
              </Anchor>
            </Group>
            {data.status === 'running' ? <SessionPlan workshop={data} /> : <Alert color="gray">{t('workshops.follow.planClosed')}</Alert>}
          </Stack>
        )}
      </QueryState>
    </Container>
  );
}

function SessionPlan({ workshop }: { workshop: LiveWorkshop }) {
  const session = useCollabDocument(iapDocumentName(workshop.citySlug));
  const follow = useFollowFacilitator(workshop);
  const me = workshop.me;
  // Guests have no account: their caret colour and name come from their place in the session.
  const user = useMemo(() => ({ id: me?.id ?? workshop.id, name: me?.name ?? '', color: accountColor(me?.id ?? workshop.id) }), [me?.id, me?.name, workshop.id]);
  return (
    <>
      {session && <CollabEditor session={session} user={user} schema={iapEditorExtensions} isPlan readOnly status={null} />}
      <FollowBar follow={follow} />
    </>
  );
}
