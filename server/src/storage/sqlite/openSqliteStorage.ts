import { SqliteAuditLog } from '../../audit/SqliteAuditLog.js';
import { SqliteAttemptStore } from '../../auth/attempts/SqliteAttemptStore.js';
import { SqliteSessionRepository } from '../../auth/SqliteSessionRepository.js';
import { SqliteUserRepository } from '../../auth/SqliteUserRepository.js';
import { SqliteCityRepository } from '../../cities/SqliteCityRepository.js';
import type { Clock } from '../../clock.js';
import { SqliteCommentRepository } from '../../comments/SqliteCommentRepository.js';
import { openDatabase, type Db } from '../../db/openDatabase.js';
import { probeCommit } from '../../db/probeCommit.js';
import { SqliteInviteRepository } from '../../members/SqliteInviteRepository.js';
import { SqliteMembershipRepository } from '../../members/SqliteMembershipRepository.js';
import { SqliteNotificationStore } from '../../notifications/SqliteNotificationStore.js';
import { SqlitePlanStateStore } from '../../planStates/SqlitePlanStateStore.js';
import { SqliteStakeholderRepository } from '../../stakeholders/SqliteStakeholderRepository.js';
import { SqliteWorkshopStore } from '../../workshops/SqliteWorkshopStore.js';
import { SqlitePlanFiguresStore } from '../../dashboard/SqlitePlanFiguresStore.js';
import { SqliteExportJobStore } from '../../export/SqliteExportJobStore.js';
import type { Storage } from '../Storage.js';
import { SqliteDocumentStore } from './SqliteDocumentStore.js';
import { SqliteVersionStore } from './SqliteVersionStore.js';

export interface SqliteStorageOptions {
  /** Folder of the SQLite file, or ':memory:'. */
  dataDir: string;
  synchronous?: 'NORMAL' | 'FULL';
  /** Stamps the audit rows of changes whose call carries no time of its own. */
  clock: Clock;
}

/** Storage in one SQLite file; `db` is exposed for SQLite-only tests and tools. */
export interface SqliteStorage extends Storage {
  readonly engine: 'sqlite';
  readonly db: Db;
}

/**
 * Opens the SQLite database in `dataDir` (applying pending migrations) and every store over it.
 * better-sqlite3 is synchronous: each store's promise is settled when returned, and each unit of
 * work is one transaction. One process holds the file, so `exclusively` is an in-process queue.
 */
export function openSqliteStorage(options: SqliteStorageOptions): SqliteStorage {
  const db = openDatabase({ dataDir: options.dataDir, synchronous: options.synchronous ?? 'NORMAL' });
  const { clock } = options;
  const documents = new SqliteDocumentStore(db);
  const locks = new Map<string, Promise<unknown>>();
  return {
    engine: 'sqlite',
    db,
    documents,
    versions: new SqliteVersionStore(db),
    cities: new SqliteCityRepository(db, clock),
    users: new SqliteUserRepository(db),
    memberships: new SqliteMembershipRepository(db, clock),
    invites: new SqliteInviteRepository(db),
    stakeholders: new SqliteStakeholderRepository(db, clock),
    comments: new SqliteCommentRepository(db),
    sessions: new SqliteSessionRepository(db),
    audit: new SqliteAuditLog(db, clock),
    attempts: new SqliteAttemptStore(db),
    notifications: new SqliteNotificationStore(db),
    planStates: new SqlitePlanStateStore(db),
    workshops: new SqliteWorkshopStore(db),
    planFigures: new SqlitePlanFiguresStore(db),
    exportJobs: new SqliteExportJobStore(db),
    async exclusively<T>(key: string, work: () => Promise<T>): Promise<T> {
      const previous = locks.get(key) ?? Promise.resolve();
      const run = previous.then(work, work);
      // The next holder waits for this one to settle, however it settles.
      const settled = run.then(
        () => undefined,
        () => undefined,
      );
      locks.set(key, settled);
      try {
        return await run;
      } finally {
        if (locks.get(key) === settled) locks.delete(key);
      }
    },
    async probe(): Promise<void> {
      const probe = probeCommit(db);
      if (!probe.ok) throw new Error(probe.reason);
    },
    async close(): Promise<void> {
      await documents.close();
      db.close();
    },
  };
}
