import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { ErrorCode, WORKSHOP_GUEST_COOKIE, type Principal } from '@iap/shared';
import { can } from '../access/policy.js';
import { AppError } from '../errors.js';
import type { ParticipantRecord, WorkshopRecord } from './WorkshopStore.js';

/** Who calls a session's route: a signed-in person of its city, or a guest of that one session. */
export type WorkshopCaller =
  | { kind: 'member'; principal: Principal; user: { id: string; name: string }; canRun: boolean }
  | { kind: 'guest'; participant: ParticipantRecord; canRun: false };

/** The stored form of a guest's cookie: a hash, so the table never holds a usable token. */
export function guestTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The hash of the guest cookie the request carries, if any. */
export function guestTokenOf(request: FastifyRequest): string | null {
  const token = request.cookies[WORKSHOP_GUEST_COOKIE];
  return token ? guestTokenHash(token) : null;
}

/**
 * The caller of `workshop`'s routes. A signed-in person needs to see the city (404 otherwise,
 * as for every city route, so another city's sessions do not leak); a guest's cookie must be
 * of this very session (403).
 */
export function callerOf(
  request: FastifyRequest,
  workshop: WorkshopRecord,
  guest: ParticipantRecord | null,
): WorkshopCaller {
  const account = request.account;
  if (account) {
    if (!can(account.principal, 'city.read', workshop.citySlug)) throw new AppError(ErrorCode.notFound, 'No such workshop');
    return {
      kind: 'member',
      principal: account.principal,
      user: { id: account.user.id, name: account.user.name },
      canRun: can(account.principal, 'workshop.run', workshop.citySlug),
    };
  }
  if (!guest) throw new AppError(ErrorCode.unauthenticated, 'Sign in or join the session with its code first');
  if (guest.workshopId !== workshop.id) throw new AppError(ErrorCode.forbidden, 'Your guest pass is for another session');
  return { kind: 'guest', participant: guest, canRun: false };
}

export function assertRuns(caller: WorkshopCaller): void {
  if (!caller.canRun) throw new AppError(ErrorCode.forbidden, 'Only the facilitator or coordinator runs the session');
}

export function assertRunning(workshop: WorkshopRecord): void {
  if (workshop.status !== 'running') {
    throw new AppError(ErrorCode.conflict, workshop.status === 'ended' ? 'This session has ended' : 'This session has not started yet');
  }
}

/**
 * The API paths a guest may call: the workshop routes (each checks the session itself), and
 * who-am-I and sign-in, which answer a guest as the visitor it is. Anything else is refused.
 */
export function isGuestPath(url: string): boolean {
  const path = url.split('?')[0]!;
  return path.startsWith('/api/workshops/') || path === '/api/me' || path.startsWith('/api/auth/');
}
