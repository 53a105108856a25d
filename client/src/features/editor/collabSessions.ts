import { CollabSession } from './CollabSession';

/**
 * Open sessions by document name, shared by every component that shows the same document
 * (the editor, comments, presence) so a page opens one socket per document. A session
 * lives while at least one component holds it.
 */
const sessions = new Map<string, { session: CollabSession; holders: number }>();
const listeners = new Set<() => void>();

/** Opens (or joins) the session of `name`; returns the function that lets go of it. */
export function holdSession(name: string): () => void {
  let entry = sessions.get(name);
  if (!entry) {
    entry = { session: new CollabSession(name), holders: 0 };
    sessions.set(name, entry);
    notify();
  }
  const held = entry;
  held.holders += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    held.holders -= 1;
    if (held.holders > 0) return;
    sessions.delete(name);
    held.session.destroy();
    notify();
  };
}

export function peekSession(name: string): CollabSession | null {
  return sessions.get(name)?.session ?? null;
}

export function subscribeSessions(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify(): void {
  for (const listener of listeners) listener();
}
