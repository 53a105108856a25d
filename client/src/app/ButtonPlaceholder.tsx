import { Button, type ButtonProps } from '@mantine/core';

/**
 * Holds the place of a button whose component loads just after the page (a menu, a drawer's
 * opener): the same label, size and variant, so nothing moves when it arrives, but invisible,
 * so it is neither in the focus order nor read out before it works.
 */
export function ButtonPlaceholder({ label, size }: { label: string; size: ButtonProps['size'] }) {
  return (
    <Button component="span" variant="default" size={size} aria-hidden style={{ visibility: 'hidden' }}>
      {label}
    </Button>
  );
}
