import type pg from 'pg';
import type { AuditRecord } from '../../audit/AuditLog.js';
import type {
  InviteAcceptance,
  InviteAcceptOutcome,
  InviteRecord,
  InviteRepository,
  InviteRevocation,
  NewInvite,
  PendingInviteListing,
} from '../../members/InviteRepository.js';
import { writeAudit } from './PgAuditLog.js';
import { insertMembershipUnlessMember } from './PgMembershipRepository.js';
import { insertUserUnlessEmailTaken } from './PgUserRepository.js';
import { inTransaction, rollingBack } from './inTransaction.js';

const SELECT_INVITE = `
  SELECT id, token_hash AS "tokenHash", city_slug AS "citySlug", role, created_by AS "createdBy", created_at AS "createdAt",
         expires_at AS "expiresAt", used_at AS "usedAt", used_by AS "usedBy", revoked_at AS "revokedAt"
  FROM invites`;

/**
 * InviteRepository over PostgreSQL. Taking up an invite is one transaction whose conditional
 * UPDATE makes use single (of two racing acceptances, the second waits on the row and then finds
 * it used); a check that fails after the new account's row was written rolls everything back.
 */
export class PgInviteRepository implements InviteRepository {
  constructor(private readonly pool: pg.Pool) {}

  create(invite: NewInvite, audit: readonly AuditRecord[]): Promise<void> {
    return inTransaction(this.pool, async (client) => {
      await client.query(
        `INSERT INTO invites (id, token_hash, city_slug, role, created_by, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [invite.id, invite.tokenHash, invite.citySlug, invite.role, invite.createdBy, invite.createdAt, invite.expiresAt],
      );
      await writeAudit(client, audit, invite.createdAt);
    });
  }

  async findByTokenHash(tokenHash: string): Promise<InviteRecord | null> {
    return (await this.pool.query<InviteRecord>(`${SELECT_INVITE} WHERE token_hash = $1`, [tokenHash])).rows[0] ?? null;
  }

  async findInCity(id: string, citySlug: string): Promise<InviteRecord | null> {
    return (await this.pool.query<InviteRecord>(`${SELECT_INVITE} WHERE id = $1 AND city_slug = $2`, [id, citySlug])).rows[0] ?? null;
  }

  async listPending(citySlug: string, now: string): Promise<PendingInviteListing[]> {
    const rows = await this.pool.query<PendingInviteListing>(
      `SELECT i.id, i.role, i.created_by AS "createdById", u.name AS "createdByName", i.created_at AS "createdAt", i.expires_at AS "expiresAt"
       FROM invites i JOIN users u ON u.id = i.created_by
       WHERE i.city_slug = $1 AND i.used_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > $2
       ORDER BY i.created_at DESC, i.id COLLATE "C" DESC`,
      [citySlug, now],
    );
    return rows.rows;
  }

  accept({ inviteId, joiner, now, audit }: InviteAcceptance): Promise<InviteAcceptOutcome> {
    return inTransaction(this.pool, async (client): Promise<InviteAcceptOutcome> => {
      const invite = (await client.query<InviteRecord>(`${SELECT_INVITE} WHERE id = $1`, [inviteId])).rows[0];
      if (!invite) return { outcome: 'not_usable' };
      let userId: string;
      if (joiner.kind === 'new') {
        if (!(await insertUserUnlessEmailTaken(client, joiner.user))) return { outcome: 'email_taken' };
        userId = joiner.user.id;
      } else {
        userId = joiner.userId;
        const member = await client.query('SELECT 1 FROM memberships WHERE user_id = $1 AND city_slug = $2', [userId, invite.citySlug]);
        if (member.rowCount !== 0) return { outcome: 'already_member' };
      }
      // The WHERE clause makes use single: of two racing accepts, only one changes the row.
      const used = await client.query(
        'UPDATE invites SET used_at = $1, used_by = $2 WHERE id = $3 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > $1',
        [now, userId, inviteId],
      );
      if (used.rowCount !== 1) return rollingBack<InviteAcceptOutcome>({ outcome: 'not_usable' });
      // A membership written meanwhile by another invite of the same city: this one stays unused.
      if (!(await insertMembershipUnlessMember(client, { userId, citySlug: invite.citySlug, role: invite.role, joinedAt: now }))) {
        return rollingBack<InviteAcceptOutcome>({ outcome: 'already_member' });
      }
      await writeAudit(client, audit, now);
      return { outcome: 'accepted', userId, citySlug: invite.citySlug, role: invite.role };
    });
  }

  revoke(id: string, now: string, audit: readonly AuditRecord[]): Promise<InviteRevocation> {
    return inTransaction(this.pool, async (client): Promise<InviteRevocation> => {
      const revoked = await client.query('UPDATE invites SET revoked_at = $1 WHERE id = $2 AND used_at IS NULL AND revoked_at IS NULL', [now, id]);
      if (revoked.rowCount !== 1) return { outcome: 'not_pending' };
      await writeAudit(client, audit, now);
      return { outcome: 'revoked' };
    });
  }
}
