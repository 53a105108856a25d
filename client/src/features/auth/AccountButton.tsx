import type { ComponentPropsWithRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Group, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { PersonAvatar } from '../identity/PersonAvatar';
import '../identity/identity.css';
import type { Identity } from '../identity/Identity';

/**
 * The header's "you" button: the same element before the account menu's code has loaded and
 * as the menu's target afterwards (which adds its handlers and ARIA attributes through `props`).
 */
export function AccountButton({ identity, ...props }: { identity: Identity } & ComponentPropsWithRef<'button'>) {
  const { t } = useTranslation();
  return (
    <UnstyledButton className="identity-button" {...props}>
      <Group gap="xs" wrap="nowrap" component="span">
        <PersonAvatar person={identity} />
        <Text component="span" size="sm" fw={500} truncate maw={{ base: '7rem', sm: '12rem' }}>
          {identity.name}
        </Text>
        <VisuallyHidden>{t('auth.accountMenuHint')}</VisuallyHidden>
      </Group>
    </UnstyledButton>
  );
}
