import type { Db } from './openDatabase.js';

export type CommitProbe = { ok: true } | { ok: false; reason: string };

/**
 * Commits one tiny write transaction (the header's `user_version`, set to the value it has), so
 * the answer is whether the database accepts commits right now: a read-only or full disk, a
 * locked or closed database fail here as they would fail the next saved edit. Reading alone
 * would say "ok" while every edit is refused.
 */
export function probeCommit(db: Db): CommitProbe {
  try {
    db.transaction(() => {
      const version = Number(db.pragma('user_version', { simple: true }));
      db.pragma(`user_version = ${version}`);
    }).immediate();
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
