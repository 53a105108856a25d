import type pg from 'pg';
import type { Clock } from '../../clock.js';
import { PROBE_TIMEOUT_MS, type Storage } from '../Storage.js';
import { PgAttemptStore } from './PgAttemptStore.js';
import { PgAuditLog } from './PgAuditLog.js';
import { PgCityRepository } from './PgCityRepository.js';
import { PgCommentRepository } from './PgCommentRepository.js';
import { PgDocumentStore } from './PgDocumentStore.js';
import { PgInviteRepository } from './PgInviteRepository.js';
import { PgMembershipRepository } from './PgMembershipRepository.js';
import { PgNotificationStore } from './PgNotificationStore.js';
import { PgPlanStateStore } from './PgPlanStateStore.js';
import { PgSessionRepository } from './PgSessionRepository.js';
import { PgStakeholderRepository } from './PgStakeholderRepository.js';
import { PgUserRepository } from './PgUserRepository.js';
import { PgVersionStore } from './PgVersionStore.js';
import { PgWorkshopStore } from './PgWorkshopStore.js';
import { PgPlanFiguresStore } from './PgPlanFiguresStore.js';
import { PgExportJobStore } from './PgExportJobStore.js';
import { guardCheckedOutClients } from './guardCheckedOutClients.js';

export interface PostgresStorageOptions {
  /** A pool on a database already migrated (migratePostgres); `close` ends it. */
  pool: pg.Pool;
  /** Stamps the audit rows of changes whose call carries no time of its own. */
  clock: Clock;
}

/** Storage in PostgreSQL, shared by every instance on the database; `pool` is exposed for PostgreSQL-only tests and tools. */
export interface PostgresStorage extends Storage {
  readonly engine: 'postgres';
  readonly pool: pg.Pool;
}

/**
 * Every store over one pool. `exclusively` holds a session-level advisory lock on a client of its
 * own for the whole of `work` (which runs its queries on the pool's other clients): every
 * instance on the database waits for it, and it is released even if `work` fails, or by the
 * server when the holding connection dies.
 */
export function openPostgresStorage({ pool, clock }: PostgresStorageOptions): PostgresStorage {
  // A connection lost while a store holds it fails that store's call, never the process.
  guardCheckedOutClients(pool);
  const documents = new PgDocumentStore(pool);
  return {
    engine: 'postgres',
    pool,
    documents,
    versions: new PgVersionStore(pool),
    cities: new PgCityRepository(pool, clock),
    users: new PgUserRepository(pool),
    memberships: new PgMembershipRepository(pool, clock),
    invites: new PgInviteRepository(pool),
    stakeholders: new PgStakeholderRepository(pool, clock),
    comments: new PgCommentRepository(pool),
    sessions: new PgSessionRepository(pool),
    audit: new PgAuditLog(pool, clock),
    attempts: new PgAttemptStore(pool),
    notifications: new PgNotificationStore(pool),
    planStates: new PgPlanStateStore(pool),
    workshops: new PgWorkshopStore(pool),
    planFigures: new PgPlanFiguresStore(pool),
    exportJobs: new PgExportJobStore(pool),
    async exclusively<T>(key: string, work: () => Promise<T>): Promise<T> {
      const holder = await pool.connect();
      const lock = [`exclusively:${key}`];
      let unlocked = false;
      try {
        await holder.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', lock);
        try {
          return await work();
        } finally {
          await holder.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', lock).then(
            () => (unlocked = true),
            () => undefined,
          );
        }
      } finally {
        // A client that could not unlock is destroyed (the server then drops its lock), never
        // handed back to the pool still holding it.
        holder.release(unlocked ? undefined : true);
      }
    },
    async probe(): Promise<void> {
      // A real write of one row to itself (a HOT update, no index touched), committed: a
      // read-only, full or failing database refuses it as it would refuse the next saved edit.
      // Reading alone would answer while every edit is refused.
      // Health gives up after PROBE_TIMEOUT_MS; a second later pg fails the query, and the pool
      // destroys its client, so a connection that hangs is not handed to the next query. For
      // this query only: long legitimate queries (a compaction, an export) keep no limit.
      // (pg reads query_timeout per query; its types know it per client only.)
      const probe: pg.QueryConfig & { query_timeout: number } = {
        text: 'UPDATE schema_migrations SET name = name WHERE version = 1',
        query_timeout: PROBE_TIMEOUT_MS + 1_000,
      };
      await pool.query(probe);
    },
    async close(): Promise<void> {
      await documents.close();
      await pool.end();
    },
  };
}
