import { randomUUID } from 'node:crypto';
import { ErrorCode, type CityRole, type InviteAcceptNewAccount } from '@iap/shared';
import type { AuditLog } from '../audit/AuditLog.js';
import type { UserRepository } from '../auth/UserRepository.js';
import { isoAt, type Clock } from '../clock.js';
import type { Db } from '../db/openDatabase.js';
import { AppError } from '../errors.js';
import type { InviteRecord, InviteRepository } from './InviteRepository.js';
import type { MembershipRecord, MembershipRepository } from './MembershipRepository.js';

/** Tells open collaboration sockets that someone's access changed (CollabService does it for every instance). */
export interface AccessChangeNotifier {
  refreshAccess(userId: string | null): Promise<void>;
}

export interface MemberCommandsDeps {
  db: Db;
  clock: Clock;
  users: UserRepository;
  memberships: MembershipRepository;
  invites: InviteRepository;
  audit: AuditLog;
  collab: AccessChangeNotifier;
}

/**
 * Multi-step changes to who is in a city: each runs in one transaction with its audit entry,
 * then re-checks the person's open collaboration sockets so the change applies to them at once.
 */
export class MemberCommands {
  private readonly db: Db;
  private readonly clock: Clock;
  private readonly users: UserRepository;
  private readonly memberships: MembershipRepository;
  private readonly invites: InviteRepository;
  private readonly audit: AuditLog;
  private readonly collab: AccessChangeNotifier;

  constructor(deps: MemberCommandsDeps) {
    this.db = deps.db;
    this.clock = deps.clock;
    this.users = deps.users;
    this.memberships = deps.memberships;
    this.invites = deps.invites;
    this.audit = deps.audit;
    this.collab = deps.collab;
  }

  async changeRole(actorId: string, citySlug: string, userId: string, role: CityRole): Promise<MembershipRecord> {
    const changed = this.db.transaction(() => {
      const current = this.requireMembership(userId, citySlug);
      if (current.role === role) return current;
      if (current.role === 'coordinator') this.assertAnotherCoordinator(citySlug, 'role');
      this.memberships.setRole(userId, citySlug, role);
      this.audit.record({
        actorId,
        citySlug,
        action: 'member.role_changed',
        subject: { type: 'user', id: userId },
        details: { from: current.role, to: role },
      });
      return { ...current, role };
    })();
    await this.collab.refreshAccess(userId);
    return changed;
  }

  async remove(actorId: string, citySlug: string, userId: string): Promise<void> {
    this.db.transaction(() => {
      const current = this.requireMembership(userId, citySlug);
      if (current.role === 'coordinator') this.assertAnotherCoordinator(citySlug, 'userId');
      this.memberships.remove(userId, citySlug);
      this.audit.record({
        actorId,
        citySlug,
        action: 'member.removed',
        subject: { type: 'user', id: userId },
        details: { role: current.role },
      });
    })();
    await this.collab.refreshAccess(userId);
  }

  /** An existing account takes up an invite: it gains the invite's role in the city. */
  async joinByInvite(invite: InviteRecord, userId: string): Promise<void> {
    await this.useInvite(invite, userId, () => {
      if (this.memberships.find(userId, invite.citySlug)) {
        throw new AppError(ErrorCode.conflict, "You are already in this city's ULG", 'token');
      }
    });
    // A lead partner already reading this IAP may now be allowed to write it.
    await this.collab.refreshAccess(userId);
  }

  /** Creates the account and its membership from an invite; returns the new user id. */
  async createAccountByInvite(invite: InviteRecord, account: InviteAcceptNewAccount, passwordHash: string): Promise<string> {
    const userId = randomUUID();
    await this.useInvite(invite, userId, () => {
      if (this.users.findByEmail(account.email)) {
        throw new AppError(
          ErrorCode.conflict,
          'An account with this e-mail address exists: sign in, then open the invite link again',
          'email',
        );
      }
      this.users.insert({
        id: userId,
        email: account.email,
        name: account.name,
        passwordHash,
        networkRole: null,
        createdAt: isoAt(this.clock()),
      });
    });
    return userId;
  }

  /**
   * One unit of work: `before` (a check, the new account's row), then the invite marked used
   * (atomically single-use), then the membership and its audit entries. Nothing is written
   * when any step refuses.
   */
  private async useInvite(invite: InviteRecord, userId: string, before: () => void): Promise<void> {
    const now = isoAt(this.clock());
    const used = await this.invites.markUsed(invite.id, userId, now, { before, after: () => this.recordJoin(invite, userId, now) });
    if (!used) throw new AppError(ErrorCode.gone, 'This invite link has already been used', 'token');
  }

  private recordJoin(invite: InviteRecord, userId: string, now: string): void {
    this.memberships.insert({ userId, citySlug: invite.citySlug, role: invite.role, joinedAt: now });
    this.audit.record({
      actorId: userId,
      citySlug: invite.citySlug,
      action: 'invite.accepted',
      subject: { type: 'invite', id: invite.id },
      details: { role: invite.role, invitedBy: invite.createdBy },
    });
    this.audit.record({
      actorId: userId,
      citySlug: invite.citySlug,
      action: 'member.joined',
      subject: { type: 'user', id: userId },
      details: { role: invite.role, via: 'invite' },
    });
  }

  private requireMembership(userId: string, citySlug: string): MembershipRecord {
    const membership = this.memberships.find(userId, citySlug);
    if (!membership) throw new AppError(ErrorCode.notFound, 'No such member in this city', 'userId');
    return membership;
  }

  /** A ULG must keep a coordinator, or nobody in the city could manage it any more. */
  private assertAnotherCoordinator(citySlug: string, field: string): void {
    if (this.memberships.countRole(citySlug, 'coordinator') <= 1) {
      throw new AppError(ErrorCode.conflict, 'A city keeps at least one coordinator', field);
    }
  }
}
