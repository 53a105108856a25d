import { useTranslation } from 'react-i18next';
import { Group, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { PersonAvatar } from '../identity/PersonAvatar';
import '../identity/identity.css';
import type { Identity } from '../identity/Identity';
import { useMe } from './useMe';
import { useSignOut } from './useSignOut';

/** The header's "you" button when signed in: who you are, and signing out. */
export function AccountMenu({ identity }: { identity: Identity }) {
  const { t } = useTranslation();
  const email = useMe().data?.user.email;
  const signOut = useSignOut();
  return (
    <Menu position="bottom-end" shadow="md" width={240}>
      <Menu.Target>
        <UnstyledButton className="identity-button">
          <Group gap="xs" wrap="nowrap" component="span">
            <PersonAvatar person={identity} />
            <Text component="span" size="sm" fw={500} truncate maw={{ base: '7rem', sm: '12rem' }}>
              {identity.name}
            </Text>
            <VisuallyHidden>{t('auth.accountMenuHint')}</VisuallyHidden>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {t('auth.signedInAs')}
          <Text size="sm" c="gray.9" fw={500} style={{ overflowWrap: 'anywhere' }}>
            {email}
          </Text>
        </Menu.Label>
        <Menu.Item onClick={() => signOut.mutate()} disabled={signOut.isPending}>
          {t('auth.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
