import { randomUUID } from 'node:crypto';
import { ErrorCode, type CityRole, type InviteAcceptNewAccount } from '@iap/shared';
import type { AuditRecord } from '../audit/AuditLog.js';
import { isoAt, type Clock } from '../clock.js';
import { AppError } from '../errors.js';
import type { InviteAcceptOutcome, InviteJoiner, InviteRecord, InviteRepository } from './InviteRepository.js';
import type { MembershipRecord, MembershipRepository } from './MembershipRepository.js';

/** Tells open collaboration sockets that someone's access changed (CollabService does it for every instance). */
export interface AccessChangeNotifier {
  refreshAccess(userId: string | null): Promise<void>;
}

export interface MemberCommandsDeps {
  clock: Clock;
  memberships: MembershipRepository;
  invites: InviteRepository;
  collab: AccessChangeNotifier;
}

/**
 * Multi-step changes to who is in a city: each is one unit of work of a repository, with its
 * audit entries, whose in-transaction checks come back as outcomes turned into AppErrors here;
 * then the person's open collaboration sockets are re-checked so the change applies at once.
 */
export class MemberCommands {
  constructor(private readonly deps: MemberCommandsDeps) {}

  async changeRole(actorId: string, citySlug: string, userId: string, role: CityRole): Promise<MembershipRecord> {
    const change = await this.deps.memberships.changeRole(userId, citySlug, role, (previous) => [
      {
        actorId,
        citySlug,
        action: 'member.role_changed',
        subject: { type: 'user', id: userId },
        details: { from: previous.role, to: role },
      },
    ]);
    if (change.outcome === 'not_member') throw noSuchMember();
    if (change.outcome === 'last_coordinator') throw lastCoordinator('role');
    await this.deps.collab.refreshAccess(userId);
    return change.membership;
  }

  async remove(actorId: string, citySlug: string, userId: string): Promise<void> {
    const removal = await this.deps.memberships.remove(userId, citySlug, (previous) => [
      {
        actorId,
        citySlug,
        action: 'member.removed',
        subject: { type: 'user', id: userId },
        details: { role: previous.role },
      },
    ]);
    if (removal.outcome === 'not_member') throw noSuchMember();
    if (removal.outcome === 'last_coordinator') throw lastCoordinator('userId');
    await this.deps.collab.refreshAccess(userId);
  }

  /** An existing account takes up an invite: it gains the invite's role in the city. */
  async joinByInvite(invite: InviteRecord, userId: string): Promise<void> {
    await this.useInvite(invite, { kind: 'existing', userId });
    // A lead partner already reading this IAP may now be allowed to write it.
    await this.deps.collab.refreshAccess(userId);
  }

  /** Creates the account and its membership from an invite; returns the new user id. */
  async createAccountByInvite(invite: InviteRecord, account: InviteAcceptNewAccount, passwordHash: string): Promise<string> {
    const userId = randomUUID();
    const user = { id: userId, email: account.email, name: account.name, passwordHash, networkRole: null, createdAt: isoAt(this.deps.clock()) };
    await this.useInvite(invite, { kind: 'new', user });
    return userId;
  }

  /**
   * One unit of work: the joiner's checks (and a new account's row), the invite marked used
   * (atomically single-use), then the membership and its audit entries. Nothing is written
   * when any step refuses.
   */
  private async useInvite(invite: InviteRecord, joiner: InviteJoiner): Promise<void> {
    const userId = joiner.kind === 'new' ? joiner.user.id : joiner.userId;
    const accepted = await this.deps.invites.accept({ inviteId: invite.id, joiner, now: isoAt(this.deps.clock()), audit: joinEntries(invite, userId) });
    assertAccepted(accepted);
  }
}

function joinEntries(invite: InviteRecord, userId: string): AuditRecord[] {
  return [
    {
      actorId: userId,
      citySlug: invite.citySlug,
      action: 'invite.accepted',
      subject: { type: 'invite', id: invite.id },
      details: { role: invite.role, invitedBy: invite.createdBy },
    },
    {
      actorId: userId,
      citySlug: invite.citySlug,
      action: 'member.joined',
      subject: { type: 'user', id: userId },
      details: { role: invite.role, via: 'invite' },
    },
  ];
}

function assertAccepted(accepted: InviteAcceptOutcome): void {
  switch (accepted.outcome) {
    case 'accepted':
      return;
    case 'already_member':
      throw new AppError(ErrorCode.conflict, "You are already in this city's ULG", 'token');
    case 'email_taken':
      throw new AppError(ErrorCode.conflict, 'An account with this e-mail address exists: sign in, then open the invite link again', 'email');
    case 'not_usable':
      throw new AppError(ErrorCode.gone, 'This invite link has already been used', 'token');
  }
}

function noSuchMember(): AppError {
  return new AppError(ErrorCode.notFound, 'No such member in this city', 'userId');
}

/** A ULG must keep a coordinator, or nobody in the city could manage it any more. */
function lastCoordinator(field: string): AppError {
  return new AppError(ErrorCode.conflict, 'A city keeps at least one coordinator', field);
}
