import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, CopyButton, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import type { CityRole, InviteCreated } from '@iap/shared';
import { describeApiError } from '../../../api/describeApiError';
import { useInviteMutations } from './membersApi';

interface InviteLinkCreatorProps {
  slug: string;
  /** The roles this person may hand out (facilitators: member and observer only). */
  roles: readonly CityRole[];
}

/** Choose a role, create a single-use link, copy it: no e-mail server is involved. */
export function InviteLinkCreator({ slug, roles }: InviteLinkCreatorProps) {
  const { t, i18n } = useTranslation();
  const { create } = useInviteMutations(slug);
  const [role, setRole] = useState<CityRole>(roles.includes('member') ? 'member' : (roles[0] ?? 'observer'));
  const [created, setCreated] = useState<InviteCreated | null>(null);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' });
  const link = created ? new URL(created.url, window.location.origin).toString() : '';

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="invite-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="invite-title">
          {t('members.inviteTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('members.inviteIntro')}
        </Text>
        <Group align="flex-end" gap="sm">
          <NativeSelect
            label={t('members.inviteRole')}
            data={roles.map((value) => ({ value, label: t(`roles.${value}`) }))}
            value={role}
            onChange={(event) => setRole(event.currentTarget.value as CityRole)}
            w={180}
          />
          <Button onClick={() => create.mutate(role, { onSuccess: setCreated })} loading={create.isPending}>
            {t('members.createInvite')}
          </Button>
        </Group>
        {create.error && (
          <Alert color="red" role="alert">
            {describeApiError(t, create.error)}
          </Alert>
        )}
        {created && (
          <Stack gap={6} role="status">
            <Group align="flex-end" gap="sm" wrap="nowrap">
              <TextInput
                label={t('members.inviteLink', { role: t(`roles.${created.role}`) })}
                value={link}
                readOnly
                onFocus={(event) => event.currentTarget.select()}
                style={{ flex: 1, minWidth: 0 }}
                data-testid="invite-link"
              />
              <CopyButton value={link}>
                {({ copied, copy }) => (
                  <Button variant={copied ? 'light' : 'default'} color={copied ? 'teal' : undefined} onClick={copy}>
                    {copied ? t('members.copied') : t('members.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
            <Text size="xs" c="dimmed">
              {t('members.inviteExpires', { date: date.format(new Date(created.expiresAt)) })}
            </Text>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
