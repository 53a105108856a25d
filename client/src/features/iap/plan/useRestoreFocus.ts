import { useEffect, useState } from 'react';

/**
 * Gives the focus back to the control that opened a dialog when the dialog goes away. Mantine
 * returns focus when `opened` turns false, but the plan's cards are unmounted instead, and
 * keyboard users were left at the top of the page. The opener is read during the first
 * render, before the dialog's focus trap moves the focus inside. Focus that went somewhere
 * on purpose meanwhile (the comments panel opened from a card) is left alone.
 */
export function useRestoreFocus(): void {
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useEffect(
    () => () => {
      // After the dialog's own clean-up (its focus trap, its portal) has run.
      requestAnimationFrame(() => {
        const lost = document.activeElement === null || document.activeElement === document.body;
        if (lost && opener?.isConnected) opener.focus();
      });
    },
    [opener],
  );
}
