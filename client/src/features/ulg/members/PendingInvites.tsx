import { useTranslation } from 'react-i18next';
import { Alert, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { CityRole } from '@iap/shared';
import { describeApiError } from '../../../api/describeApiError';
import { useInviteMutations, usePendingInvites } from './membersApi';

/** Links created but not used yet; withdrawing one makes it fail for whoever holds it. */
export function PendingInvites({ slug, roles }: { slug: string; roles: readonly CityRole[] }) {
  const { t, i18n } = useTranslation();
  const pending = usePendingInvites(slug);
  const { revoke } = useInviteMutations(slug);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  const invites = pending.data ?? [];
  if (invites.length === 0) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="pending-invites-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="pending-invites-title">
          {t('members.pendingTitle', { count: invites.length })}
        </Title>
        {revoke.error && (
          <Alert color="red" role="alert">
            {describeApiError(t, revoke.error)}
          </Alert>
        )}
        <List listStyleType="none" spacing="xs">
          {invites.map((invite) => (
            <List.Item key={invite.id}>
              <Group justify="space-between" gap="xs">
                <Text size="sm">
                  {t('members.pendingInvite', {
                    role: t(`roles.${invite.role}`),
                    name: invite.createdBy.name,
                    date: date.format(new Date(invite.expiresAt)),
                  })}
                </Text>
                {roles.includes(invite.role) && (
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    onClick={() => revoke.mutate(invite.id)}
                    loading={revoke.isPending && revoke.variables === invite.id}
                    aria-label={t('members.revokeOf', { role: t(`roles.${invite.role}`), date: date.format(new Date(invite.expiresAt)) })}
                  >
                    {t('members.revoke')}
                  </Button>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      </Stack>
    </Paper>
  );
}
