import { lazy } from 'react';

/** What React.lazy takes: a function importing a module whose default export is a component. */
type LazyLoad = Parameters<typeof lazy>[0];

/** How long a failed chunk waits before it is asked again, when no `online` event comes first. */
const RETRY_MS = 5_000;

/**
 * React.lazy for a part that loads just after the page (a panel, a menu): when its chunk cannot
 * be fetched (the connection dropped right after the page came), the import is tried again once
 * the browser is back online, or every few seconds, and the part's placeholder stays meanwhile.
 * A plain lazy() would throw to the page's error boundary and take the open plan with it.
 */
export function lazyUntilLoaded<Load extends LazyLoad>(load: Load) {
  return lazy<Awaited<ReturnType<Load>>['default']>(() => importUntilLoaded(load, nextChance));
}

/** Calls `load` until it resolves, waiting for `nextTry` after each failure. */
export async function importUntilLoaded<Module>(load: () => PromiseLike<Module>, nextTry: () => Promise<void>): Promise<Module> {
  for (;;) {
    try {
      return await load();
    } catch {
      await nextTry();
    }
  }
}

function nextChance(): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      window.removeEventListener('online', done);
      resolve();
    };
    const timer = setTimeout(done, RETRY_MS);
    window.addEventListener('online', done);
  });
}
