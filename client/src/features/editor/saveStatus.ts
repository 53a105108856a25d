import type { CollabStatus } from './CollabSession';

export type SaveStatus = 'connecting' | 'saving' | 'saved' | 'offline' | 'offlineUnsaved' | 'refused';

/**
 * What the badge says. "Saved" needs the server's word that every edit of ours is committed
 * and a live, synced connection; offline it never says "Saved", only whether edits wait.
 */
export function deriveSaveStatus({ connection, synced, unsaved }: CollabStatus): SaveStatus {
  switch (connection) {
    case 'refused':
      return 'refused';
    case 'offline':
      return unsaved ? 'offlineUnsaved' : 'offline';
    case 'connecting':
      return 'connecting';
    case 'online':
      if (unsaved) return 'saving';
      return synced ? 'saved' : 'connecting';
  }
}
