import { useTranslation } from 'react-i18next';
import { Avatar, Group, Text, Tooltip } from '@mantine/core';
import type { PresentPerson } from './usePresence';

interface PresenceListProps {
  people: PresentPerson[];
}

const NEUTRAL_COLOR = '#495057';

/** Who is in the document now: a count in words and one avatar per person, names on hover and for screen readers. */
export function PresenceList({ people }: PresenceListProps) {
  const { t } = useTranslation();
  const label = t('presence.label');
  return (
    <Group gap="xs" wrap="nowrap" className="presence">
      <ul className="presence__list" aria-label={label}>
        {people.map((person) => {
          const name = person.name ?? t('presence.anonymous');
          const who = person.isSelf ? t('presence.you', { name }) : name;
          const spoken = person.viewing ? t('presence.viewing', { name: who }) : who;
          return (
            <li key={person.clientId} className="presence__person" data-self={person.isSelf || undefined}>
              <Tooltip label={spoken} withArrow>
                <Avatar
                  name={name}
                  color={person.color ?? NEUTRAL_COLOR}
                  variant="filled"
                  size="sm"
                  role="img"
                  aria-label={spoken}
                  tabIndex={0}
                />
              </Tooltip>
            </li>
          );
        })}
      </ul>
      <Text size="sm" c="gray.7" className="presence__count">
        {t('presence.count', { count: people.length })}
      </Text>
    </Group>
  );
}
