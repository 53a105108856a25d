import type { AuditLog } from '../audit/AuditLog.js';
import type { AttemptStore } from '../auth/attempts/AttemptStore.js';
import type { SessionRepository } from '../auth/SessionRepository.js';
import type { UserRepository } from '../auth/UserRepository.js';
import type { CityRepository } from '../cities/CityRepository.js';
import type { CommentRepository } from '../comments/CommentRepository.js';
import type { PlanFiguresStore } from '../dashboard/PlanFiguresStore.js';
import type { ExportJobStore } from '../export/ExportJobStore.js';
import type { InviteRepository } from '../members/InviteRepository.js';
import type { MembershipRepository } from '../members/MembershipRepository.js';
import type { NotificationStore } from '../notifications/NotificationStore.js';
import type { PlanStateStore } from '../planStates/PlanStateStore.js';
import type { StakeholderRepository } from '../stakeholders/StakeholderRepository.js';
import type { WorkshopStore } from '../workshops/WorkshopStore.js';
import type { DocumentStore } from './DocumentStore.js';
import type { VersionStore } from './VersionStore.js';

/**
 * How long health waits for `Storage.probe`: a database whose connections hang (a network that
 * dropped, a server that stopped answering) is reported unavailable by then, not waited for.
 */
export const PROBE_TIMEOUT_MS = 3_000;

/**
 * Everything the server stores, in one engine (docs/ARCHITECTURE.md, "Storage"): SQLite in DATA_DIR
 * (sqlite/openSqliteStorage.ts) or PostgreSQL when DATABASE_URL is set
 * (postgres/openPostgresStorage.ts). `buildApp` builds services and plugins from it and nothing
 * else; no transaction is opened outside these stores.
 *
 * Rules every implementation keeps: every method is async; a multi-row change is one method
 * owning its transaction, with its audit entries passed as data; checks that must see the state
 * inside that transaction come back as result values (`{ outcome: … }`); times are ISO-8601 UTC
 * TEXT; stores that stamp audit rows without an `at` argument use the Clock they were opened with.
 */
export interface Storage {
  readonly engine: 'sqlite' | 'postgres';
  readonly documents: DocumentStore;
  readonly versions: VersionStore;
  readonly cities: CityRepository;
  readonly users: UserRepository;
  readonly memberships: MembershipRepository;
  readonly invites: InviteRepository;
  readonly stakeholders: StakeholderRepository;
  readonly comments: CommentRepository;
  readonly sessions: SessionRepository;
  readonly audit: AuditLog;
  readonly attempts: AttemptStore;
  readonly notifications: NotificationStore;
  readonly planStates: PlanStateStore;
  readonly workshops: WorkshopStore;
  /** The dashboard's read model: each plan's figures with the committed seq they include. */
  readonly planFigures: PlanFiguresStore;
  /** The all-plans export jobs with their progress and ZIP, so any instance answers for them. */
  readonly exportJobs: ExportJobStore;
  /**
   * Runs `work` while holding a lock named `key` shared by every instance on this storage
   * (PostgreSQL: pg_advisory_lock on a dedicated client; SQLite: an in-process queue), and
   * releases it when `work` settles, whether it resolves or rejects. Not re-entrant. For the
   * demo seed: `work` checks inside it that nothing is seeded yet.
   */
  exclusively<T>(key: string, work: () => Promise<T>): Promise<T>;
  /**
   * A cheap round trip proving the database answers and commits (health); rejects when it does
   * not. Health bounds it by PROBE_TIMEOUT_MS; an implementation that can hang frees what it holds
   * soon after.
   */
  probe(): Promise<void>;
  /** Closes the documents store, then the database (or pool). */
  close(): Promise<void>;
}
