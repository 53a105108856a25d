import { useTranslation } from 'react-i18next';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { CityRole, Member } from '@iap/shared';

export interface RoleChange {
  member: Member;
  role: CityRole;
}

interface ConfirmRoleChangeModalProps {
  change: RoleChange | null;
  pending: boolean;
  /** Why the last attempt failed, or null. */
  error: string | null;
  onConfirm: (change: RoleChange) => void;
  onClose: () => void;
}

/** "Make Ana an observer?": a role decides who may write the plan, so a slip of the select is asked about. */
export function ConfirmRoleChangeModal({ change, pending, error, onConfirm, onClose }: ConfirmRoleChangeModalProps) {
  const { t } = useTranslation();
  const name = change?.member.name ?? '';
  return (
    <Modal opened={change !== null} onClose={onClose} title={t('members.roleChangeTitle', { name })} closeButtonProps={{ 'aria-label': t('common.close') }}>
      {change && (
        <Stack gap="md">
          <Text>{t('members.roleChangeBody', { name, from: t(`roles.${change.member.role}`), to: t(`roles.${change.role}`) })}</Text>
          <Text size="sm" c="gray.7">
            {t(`roleDescriptions.${change.role}`)}
          </Text>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button onClick={() => onConfirm(change)} loading={pending}>
              {t('members.roleChangeConfirm', { role: t(`roles.${change.role}`) })}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
