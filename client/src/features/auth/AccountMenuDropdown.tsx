import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Menu, Text } from '@mantine/core';
import { useOpenedOnMount } from '../../app/useMenuOnDemand';
import type { Identity } from '../identity/Identity';
import { AccountButton } from './AccountButton';
import { useMe } from './useMe';
import { useSignOut } from './useSignOut';

/**
 * The account menu itself, loaded when first asked for (AccountMenu), so it opens as it mounts:
 * who you are, and signing out.
 */
export function AccountMenuDropdown({ identity }: { identity: Identity }) {
  const { t } = useTranslation();
  const email = useMe().data?.user.email;
  const signOut = useSignOut();
  const target = useRef<HTMLButtonElement>(null);
  const [opened, setOpened] = useOpenedOnMount(target);
  return (
    <Menu opened={opened} onChange={setOpened} position="bottom-end" shadow="md" width={240}>
      <Menu.Target>
        <AccountButton ref={target} identity={identity} />
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
