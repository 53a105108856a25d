import { Avatar, type AvatarProps } from '@mantine/core';
import type { Identity } from './Identity';

interface PersonAvatarProps extends Pick<AvatarProps, 'size'> {
  person: Identity;
}

/** Initials on the person's caret colour; decorative, so callers give the name in text. */
export function PersonAvatar({ person, size = 'sm' }: PersonAvatarProps) {
  return <Avatar name={person.name} color={person.color} variant="filled" size={size} aria-hidden />;
}
