import type { AuditRecord } from '../audit/AuditLog.js';
import { SqliteAuditWriter } from '../audit/SqliteAuditLog.js';
import type { Db } from '../db/openDatabase.js';
import { INSERT_MEMBERSHIP, INSERT_USER, SELECT_MEMBERSHIP, USER_ID_BY_EMAIL } from '../db/accountRows.js';
import type {
  InviteAcceptance,
  InviteAcceptOutcome,
  InviteRecord,
  InviteRepository,
  InviteRevocation,
  NewInvite,
  PendingInviteListing,
} from './InviteRepository.js';

const SELECT_INVITE = `
  SELECT id, token_hash AS tokenHash, city_slug AS citySlug, role, created_by AS createdBy, created_at AS createdAt,
         expires_at AS expiresAt, used_at AS usedAt, used_by AS usedBy, revoked_at AS revokedAt
  FROM invites`;

/** Thrown inside a transaction to roll it back (the new account's row) when the invite was no longer usable. */
const NOT_USABLE = Symbol('invite not usable');

/**
 * InviteRepository over the `invites` table. better-sqlite3 is synchronous: each unit of work is
 * one transaction, and every promise is settled when returned.
 */
export class SqliteInviteRepository implements InviteRepository {
  private readonly byTokenHash;
  private readonly byId;
  private readonly pending;
  private readonly createTransaction;
  private readonly revokeTransaction;
  private readonly acceptTransaction;

  constructor(db: Db) {
    const audit = new SqliteAuditWriter(db);
    const insertRow = db.prepare(
      `INSERT INTO invites (id, token_hash, city_slug, role, created_by, created_at, expires_at)
       VALUES (@id, @tokenHash, @citySlug, @role, @createdBy, @createdAt, @expiresAt)`,
    );
    this.byTokenHash = db.prepare<[string], InviteRecord>(`${SELECT_INVITE} WHERE token_hash = ?`);
    this.byId = db.prepare<[string, string], InviteRecord>(`${SELECT_INVITE} WHERE id = ? AND city_slug = ?`);
    const byIdAnywhere = db.prepare<[string], InviteRecord>(`${SELECT_INVITE} WHERE id = ?`);
    this.pending = db.prepare<[string, string], PendingInviteListing>(
      `SELECT i.id, i.role, i.created_by AS createdById, u.name AS createdByName, i.created_at AS createdAt,
              i.expires_at AS expiresAt
       FROM invites i JOIN users u ON u.id = i.created_by
       WHERE i.city_slug = ? AND i.used_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > ?
       ORDER BY i.created_at DESC, i.id DESC`,
    );
    // The WHERE clause makes use single: of two racing accepts, only one changes a row.
    const use = db.prepare<[string, string, string, string]>(
      `UPDATE invites SET used_at = ?, used_by = ?
       WHERE id = ? AND used_at IS NULL AND revoked_at IS NULL AND expires_at > ?`,
    );
    const revokeRow = db.prepare<[string, string]>('UPDATE invites SET revoked_at = ? WHERE id = ? AND used_at IS NULL AND revoked_at IS NULL');
    const userIdByEmail = db.prepare<[string], { id: string }>(USER_ID_BY_EMAIL);
    const insertUser = db.prepare(INSERT_USER);
    const membership = db.prepare<[string, string], unknown>(SELECT_MEMBERSHIP);
    const insertMembership = db.prepare(INSERT_MEMBERSHIP);

    this.createTransaction = db.transaction((invite: NewInvite, entries: readonly AuditRecord[]) => {
      insertRow.run(invite);
      audit.write(entries, invite.createdAt);
    });
    this.revokeTransaction = db.transaction((id: string, now: string, entries: readonly AuditRecord[]): InviteRevocation => {
      if (revokeRow.run(now, id).changes !== 1) return { outcome: 'not_pending' };
      audit.write(entries, now);
      return { outcome: 'revoked' };
    });
    this.acceptTransaction = db.transaction(({ inviteId, joiner, now, audit: entries }: InviteAcceptance): InviteAcceptOutcome => {
      const invite = byIdAnywhere.get(inviteId);
      if (!invite) return { outcome: 'not_usable' };
      let userId: string;
      if (joiner.kind === 'new') {
        if (userIdByEmail.get(joiner.user.email)) return { outcome: 'email_taken' };
        insertUser.run(joiner.user);
        userId = joiner.user.id;
      } else {
        userId = joiner.userId;
        if (membership.get(userId, invite.citySlug)) return { outcome: 'already_member' };
      }
      if (use.run(now, userId, inviteId, now).changes !== 1) throw NOT_USABLE;
      insertMembership.run({ userId, citySlug: invite.citySlug, role: invite.role, joinedAt: now });
      audit.write(entries, now);
      return { outcome: 'accepted', userId, citySlug: invite.citySlug, role: invite.role };
    });
  }

  async create(invite: NewInvite, audit: readonly AuditRecord[]): Promise<void> {
    this.createTransaction(invite, audit);
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

  async accept(acceptance: InviteAcceptance): Promise<InviteAcceptOutcome> {
    try {
      return this.acceptTransaction(acceptance);
    } catch (error) {
      if (error === NOT_USABLE) return { outcome: 'not_usable' };
      throw error;
    }
  }

  async revoke(id: string, now: string, audit: readonly AuditRecord[]): Promise<InviteRevocation> {
    return this.revokeTransaction(id, now, audit);
  }
}
