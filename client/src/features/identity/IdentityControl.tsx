import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Group, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useIdentity } from './useIdentity';
import { DisplayNameModal } from './DisplayNameModal';
import { PersonAvatar } from './PersonAvatar';
import { AccountMenu } from '../auth/AccountMenu';
import './identity.css';

/**
 * The header's "you" button. Signed in: the account menu. Otherwise it asks for a display
 * name on the first visit and lets people change it.
 */
export function IdentityControl() {
  const { t } = useTranslation();
  const { identity, source, setDisplayName } = useIdentity();
  const [editing, setEditing] = useState(false);
  if (source === 'pending') return null;
  if (source === 'account' && identity) return <AccountMenu identity={identity} />;
  const opened = identity === null || editing;

  return (
    <>
      {identity && (
        <UnstyledButton onClick={() => setEditing(true)} className="identity-button">
          <Group gap="xs" wrap="nowrap" component="span">
            <PersonAvatar person={identity} />
            <Text component="span" size="sm" fw={500} truncate maw={{ base: '7rem', sm: '12rem' }}>
              {identity.name}
            </Text>
            <VisuallyHidden>{t('identity.changeHint')}</VisuallyHidden>
          </Group>
        </UnstyledButton>
      )}
      <DisplayNameModal
        // A fresh form each time it opens, starting from the current name.
        key={opened ? 'open' : 'closed'}
        opened={opened}
        required={identity === null}
        initialName={identity?.name ?? ''}
        onSave={(name) => {
          setDisplayName(name);
          setEditing(false);
        }}
        onClose={() => setEditing(false)}
      />
    </>
  );
}
