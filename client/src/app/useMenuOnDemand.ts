import { useEffect, useRef, useState, type ComponentType, type KeyboardEvent, type RefObject } from 'react';

/**
 * A menu whose code (Mantine's Menu, about 8 KB brotli) loads when first wanted instead of
 * with the page. The trigger button is there from the first paint and announced as a menu
 * button (`triggerProps`: aria-haspopup, aria-expanded); its code is fetched as soon as a
 * pointer or the focus reaches the button, so it has usually arrived by the click. A click,
 * Enter, Space or an arrow key asks for the menu: `Menu`, once loaded, replaces the plain
 * button, and it must open as it mounts (it only ever mounts because someone asked for it).
 * A failed fetch is retried by the next request.
 */
export function useMenuOnDemand<P extends object>(load: () => Promise<ComponentType<P>>) {
  const [Menu, setMenu] = useState<ComponentType<P> | null>(null);
  const loading = useRef<Promise<ComponentType<P>> | null>(null);

  const fetchMenu = () => {
    loading.current ??= load().catch((error: unknown) => {
      loading.current = null;
      throw error;
    });
    return loading.current;
  };
  const prefetch = () => void fetchMenu().catch(() => undefined);
  // The component is stored as a value, hence the updater function.
  const open = () => void fetchMenu().then((component) => setMenu(() => component), () => undefined);

  const triggerProps = {
    'aria-haspopup': 'menu' as const,
    'aria-expanded': false,
    onPointerEnter: prefetch,
    onFocus: prefetch,
    onClick: open,
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      event.preventDefault();
      open();
    },
  };
  return { Menu, triggerProps };
}

/**
 * The open state of a menu loaded by useMenuOnDemand, which mounts because someone asked for it:
 * its target (the button that has just replaced the pressed one) takes the focus, then the menu
 * opens a frame later, so that Mantine, which remembers the focused element as a menu opens,
 * returns the focus to it when the menu closes.
 */
export function useOpenedOnMount(target: RefObject<HTMLElement | null>) {
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    target.current?.focus();
    const frame = requestAnimationFrame(() => setOpened(true));
    return () => cancelAnimationFrame(frame);
  }, [target]);
  return [opened, setOpened] as const;
}
