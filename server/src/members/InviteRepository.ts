import type { CityRole } from '@iap/shared';
import type { Db } from '../db/openDatabase.js';

export interface InviteRecord {
  id: string;
  tokenHash: string;
  citySlug: string;
  role: CityRole;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  usedBy: string | null;
  revokedAt: string | null;
}

export interface PendingInviteListing {
  id: string;
  role: CityRole;
  createdById: string;
  createdByName: string;
  createdAt: string;
  expiresAt: string;
}

const SELECT_INVITE = `
  SELECT id, token_hash AS tokenHash, city_slug AS citySlug, role, created_by AS createdBy, created_at AS createdAt,
         expires_at AS expiresAt, used_at AS usedAt, used_by AS usedBy, revoked_at AS revokedAt
  FROM invites`;

/** SQL for invite links. Only the token's hash is stored; the token is shown once, at creation. */
export class InviteRepository {
  private readonly insertRow;
  private readonly byTokenHash;
  private readonly byId;
  private readonly pending;
  private readonly use;
  private readonly revokeRow;

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
  }

  insert(invite: Omit<InviteRecord, 'usedAt' | 'usedBy' | 'revokedAt'>): void {
    this.insertRow.run(invite);
  }

  findByTokenHash(tokenHash: string): InviteRecord | null {
    return this.byTokenHash.get(tokenHash) ?? null;
  }

  findInCity(id: string, citySlug: string): InviteRecord | null {
    return this.byId.get(id, citySlug) ?? null;
  }

  listPending(citySlug: string, now: string): PendingInviteListing[] {
    return this.pending.all(citySlug, now);
  }

  /** Marks the invite used; false when it was used, revoked or expired in the meantime. */
  markUsed(id: string, usedBy: string, now: string): boolean {
    return this.use.run(now, usedBy, id, now).changes === 1;
  }

  /** False when the invite was already used or revoked. */
  revoke(id: string, now: string): boolean {
    return this.revokeRow.run(now, id).changes === 1;
  }
}
