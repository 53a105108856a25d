import type { Db } from '../db/openDatabase.js';
import type { InviteRecord, InviteRepository, InviteUseSteps, NewInvite, PendingInviteListing } from './InviteRepository.js';

const SELECT_INVITE = `
  SELECT id, token_hash AS tokenHash, city_slug AS citySlug, role, created_by AS createdBy, created_at AS createdAt,
         expires_at AS expiresAt, used_at AS usedAt, used_by AS usedBy, revoked_at AS revokedAt
  FROM invites`;

/** Thrown inside a transaction to roll it back when the invite was no longer usable. */
const NOT_USABLE = Symbol('invite not usable');

/**
 * InviteRepository over the `invites` table. better-sqlite3 is synchronous: each unit of work is
 * one transaction, `alongside` steps included, and every promise is settled when returned.
 */
export class SqliteInviteRepository implements InviteRepository {
  private readonly insertRow;
  private readonly byTokenHash;
  private readonly byId;
  private readonly pending;
  private readonly use;
  private readonly revokeRow;
  private readonly createInTransaction;
  private readonly revokeInTransaction;
  private readonly useInTransaction;

  constructor(db: Db) {
    this.insertRow = db.prepare(
      `INSERT INTO invites (id, token_hash, city_slug, role, created_by, created_at, expires_at)
       VALUES (@id, @tokenHash, @citySlug, @role, @createdBy, @createdAt, @expiresAt)`,
    );
    this.byTokenHash = db.prepare<[string], InviteRecord>(`${SELECT_INVITE} WHERE token_hash = ?`);
    this.byId = db.prepare<[string, string], InviteRecord>(`${SELECT_INVITE} WHERE id = ? AND city_slug = ?`);
    this.pending = db.prepare<[string, string], PendingInviteListing>(
      `SELECT i.id, i.role, i.created_by AS createdById, u.name AS createdByName, i.created_at AS createdAt,
              i.expires_at AS expiresAt
       FROM invites i JOIN users u ON u.id = i.created_by
       WHERE i.city_slug = ? AND i.used_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > ?
       ORDER BY i.created_at DESC`,
    );
    // The WHERE clause makes use single: of two racing accepts, only one changes a row.
    this.use = db.prepare(
      `UPDATE invites SET used_at = ?, used_by = ?
       WHERE id = ? AND used_at IS NULL AND revoked_at IS NULL AND expires_at > ?`,
    );
    this.revokeRow = db.prepare('UPDATE invites SET revoked_at = ? WHERE id = ? AND used_at IS NULL AND revoked_at IS NULL');
    this.createInTransaction = db.transaction((invite: NewInvite, alongside?: () => void) => {
      this.insertRow.run(invite);
      alongside?.();
    });
    this.revokeInTransaction = db.transaction((id: string, now: string, alongside?: () => void): boolean => {
      if (this.revokeRow.run(now, id).changes !== 1) return false;
      alongside?.();
      return true;
    });
    this.useInTransaction = db.transaction((id: string, usedBy: string, now: string, steps: InviteUseSteps) => {
      steps.before?.();
      if (this.use.run(now, usedBy, id, now).changes !== 1) throw NOT_USABLE;
      steps.after?.();
    });
  }

  async create(invite: NewInvite, alongside?: () => void): Promise<void> {
    this.createInTransaction(invite, alongside);
  }

  async findByTokenHash(tokenHash: string): Promise<InviteRecord | null> {
    return this.byTokenHash.get(tokenHash) ?? null;
  }

  async findInCity(id: string, citySlug: string): Promise<InviteRecord | null> {
    return this.byId.get(id, citySlug) ?? null;
  }

  async listPending(citySlug: string, now: string): Promise<PendingInviteListing[]> {
    return this.pending.all(citySlug, now);
  }

  async markUsed(id: string, usedBy: string, now: string, steps: InviteUseSteps = {}): Promise<boolean> {
    try {
      this.useInTransaction(id, usedBy, now, steps);
      return true;
    } catch (error) {
      if (error === NOT_USABLE) return false;
      throw error;
    }
  }

  async revoke(id: string, now: string, alongside?: () => void): Promise<boolean> {
    return this.revokeInTransaction(id, now, alongside);
  }
}
