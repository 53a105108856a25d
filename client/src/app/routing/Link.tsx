import { forwardRef, type AnchorHTMLAttributes, type MouseEvent } from 'react';
import { navigate } from 'wouter/use-browser-location';
import { leadsToSameAddress } from './addresses';

export interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  /** A same-site path, with its query and hash if any. */
  to: string;
  /** Replaces the current history entry instead of adding one. */
  replace?: boolean;
}

/**
 * An anchor that changes page without reloading it. Not wouter's own <Link>: that one skips the
 * link's onClick on a Ctrl- or Shift-click (a notification opened in a new tab would stay
 * unread) and adds a second history entry for a link to the page already shown.
 */
export const Link = forwardRef<HTMLAnchorElement, LinkProps>(function Link({ to, replace, onClick, ...anchor }, ref) {
  const follow = (event: MouseEvent<HTMLAnchorElement>): void => {
    onClick?.(event);
    if (!followsInPage(event)) return;
    event.preventDefault();
    navigate(to, { replace: replace ?? leadsToSameAddress(to, window.location.href) });
  };
  return <a {...anchor} ref={ref} href={to} onClick={follow} />;
});

/** A plain left click, not already handled: modified clicks and other targets keep the browser's behaviour (new tab, window, download). */
function followsInPage(event: MouseEvent<HTMLAnchorElement>): boolean {
  const target = event.currentTarget.getAttribute('target');
  return (
    !event.defaultPrevented &&
    event.button === 0 &&
    !(event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) &&
    (!target || target === '_self')
  );
}
