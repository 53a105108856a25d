import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifications } from '@mantine/notifications';
import { Stack, Text, Title } from '@mantine/core';
import { CITY_ROLES, ErrorCode, type CityRole, type Member } from '@iap/shared';
import { isApiError } from '../../../api/ApiRequestError';
import { describeApiError } from '../../../api/describeApiError';
import { QueryState } from '../../../api/QueryState';
import { useMe } from '../../currentUser/useMe';
import { ConfirmDeleteModal } from '../ConfirmDeleteModal';
import { ConfirmRoleChangeModal, type RoleChange } from './ConfirmRoleChangeModal';
import { InviteLinkCreator } from './InviteLinkCreator';
import { useMemberMutations, useMembers } from './membersApi';
import { MembersTable } from './MembersTable';
import { PendingInvites } from './PendingInvites';

interface MembersPanelProps {
  slug: string;
  canManage: boolean;
  canInvite: boolean;
}

/** The Members tab: who can edit this city's IAP, their roles, and invite links. */
export function MembersPanel({ slug, canManage, canInvite }: MembersPanelProps) {
  const { t } = useTranslation();
  const members = useMembers(slug);
  const currentUserId = useMe().data?.user.id;
  const { changeRole, remove } = useMemberMutations(slug);
  const [roleChange, setRoleChange] = useState<RoleChange | null>(null);
  const [removing, setRemoving] = useState<{ opened: boolean; member: Member | null }>({ opened: false, member: null });
  // Mirrors the server's rule: only those who manage the ULG may mint coordinators and facilitators.
  const invitable: readonly CityRole[] = canManage ? CITY_ROLES : ['member', 'observer'];
  const explain = (error: unknown): string =>
    isApiError(error, ErrorCode.conflict) ? t('members.lastCoordinator') : describeApiError(t, error);

  const closeRoleChange = () => {
    setRoleChange(null);
    changeRole.reset();
  };
  const confirmRoleChange = ({ member, role }: RoleChange) =>
    changeRole.mutate(
      { userId: member.userId, role },
      {
        onSuccess: () => {
          setRoleChange(null);
          notifications.show({
            color: 'teal',
            message: t('members.roleChanged', { name: member.name, role: t(`roles.${role}`) }),
            closeButtonProps: { 'aria-label': t('common.close') },
          });
        },
      },
    );

  const closeRemove = () => {
    setRemoving((current) => ({ ...current, opened: false }));
    remove.reset();
  };

  return (
    <Stack gap="md">
      <Stack gap={2}>
        <Title order={2} size="h3">
          {t('members.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('members.intro')}
        </Text>
      </Stack>
      <QueryState query={members} loadingLabel={t('members.loading')}>
        {(list) => (
          <MembersTable
            members={list}
            currentUserId={currentUserId}
            canManage={canManage}
            busy={changeRole.isPending || remove.isPending}
            onChangeRole={(member, role) => setRoleChange({ member, role })}
            onRemove={(member) => setRemoving({ opened: true, member })}
          />
        )}
      </QueryState>
      {canInvite && <InviteLinkCreator slug={slug} roles={invitable} />}
      {canInvite && <PendingInvites slug={slug} roles={invitable} />}
      {canManage && (
        <ConfirmRoleChangeModal
          change={roleChange}
          pending={changeRole.isPending}
          error={changeRole.error ? explain(changeRole.error) : null}
          onConfirm={confirmRoleChange}
          onClose={closeRoleChange}
        />
      )}
      {canManage && (
        <ConfirmDeleteModal
          opened={removing.opened}
          title={t('members.removeTitle', { name: removing.member?.name ?? '' })}
          body={t('members.removeBody')}
          confirmLabel={t('members.remove')}
          pending={remove.isPending}
          error={remove.error ? explain(remove.error) : null}
          onConfirm={() => removing.member && remove.mutate(removing.member.userId, { onSuccess: closeRemove })}
          onClose={closeRemove}
        />
      )}
    </Stack>
  );
}
