import type { CollabStatus } from './CollabSession';

export type SaveStatus = 'connecting' | 'saving' | 'saved' | 'viewOnly' | 'offline' | 'offlineUnsaved' | 'refused';

/**
 * What the badge says. "Saved" needs the server's word that every edit of ours is committed
 * and a live, synced connection; offline it never says "Saved", only whether edits wait.
 * Someone who may only view is told so instead of "Saved": nothing of theirs is being saved.
 */
export function deriveSaveStatus(
  { connection, synced, unsaved }: Pick<CollabStatus, 'connection' | 'synced' | 'unsaved'>,
  viewOnly = false,
): SaveStatus {
  switch (connection) {
    case 'refused':
      return 'refused';
    case 'offline':
      return unsaved && !viewOnly ? 'offlineUnsaved' : 'offline';
    case 'connecting':
      return 'connecting';
    case 'online':
      if (!synced) return 'connecting';
      if (viewOnly) return 'viewOnly';
      return unsaved ? 'saving' : 'saved';
  }
}
