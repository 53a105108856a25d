import { fastifyCookie } from '@fastify/cookie';
import { CloseCode, iapDocumentName, WORKSHOP_GUEST_COOKIE } from '@iap/shared';
import { CollabRefusal, type CollabAccess, type CollabGrant } from '../collab/access.js';
import { guestTokenHash } from './callers.js';
import type { ParticipantRecord, WorkshopStore } from './WorkshopStore.js';

const GUEST_PREFIX = 'workshop-guest';

/** The key of a guest's plan sockets: closing it (CollabService.endSession) ends them on every instance. */
export function guestSessionKey(participantId: string): string {
  return `${GUEST_PREFIX}:${participantId}`;
}

/**
 * Lets a workshop's guests read the city's plan, and nothing else, while the session runs (so
 * Follow me works on their phones): wraps the collab access of accounts. A connection without a
 * signed-in session but with a guest pass gets a read-only grant on the plan of the session's
 * city, only while that session is running and the guest is in its attendance. The session's end
 * or the guest's removal closes their sockets (`guestSessionKey`), and a regrant (a plan locked,
 * say) asks again.
 */
export function admitWorkshopGuests(access: CollabAccess, store: WorkshopStore): CollabAccess {
  const grantOf = async (guest: ParticipantRecord, documentName: string): Promise<CollabGrant | null> => {
    const workshop = await store.find(guest.workshopId);
    if (!workshop || workshop.status !== 'running' || !workshop.allowGuests || documentName !== iapDocumentName(workshop.citySlug)) return null;
    return { userId: `${GUEST_PREFIX}:${workshop.id}:${guest.id}`, displayName: guest.name, canWrite: false, sessionKey: guestSessionKey(guest.id) };
  };
  const regrant = access.regrant?.bind(access);
  const sessionActive = access.sessionActive?.bind(access);
  return {
    authorize: async (request, documentName) => {
      try {
        return await access.authorize(request, documentName);
      } catch (error) {
        // Only a visitor without an account may come in as a guest; every other refusal stands.
        if (!(error instanceof CollabRefusal) || error.closeCode !== CloseCode.unauthenticated) throw error;
        const token = fastifyCookie.parse(request.headers.cookie ?? '')[WORKSHOP_GUEST_COOKIE];
        if (!token) throw error;
        const guest = await store.participantByToken(guestTokenHash(token));
        const grant = guest ? await grantOf(guest, documentName) : null;
        if (!grant) throw new CollabRefusal(CloseCode.forbidden, 'a guest reads only the plan of their session, while it runs');
        return grant;
      }
    },
    // Dropping this would silently skip the session re-check after a Redis outage (CollabService).
    // A guest's pass is no sign-in session: the regrant that follows decides on their sockets.
    ...(sessionActive
      ? { sessionActive: (sessionKey: string): Promise<boolean> => (sessionKey.startsWith(`${GUEST_PREFIX}:`) ? Promise.resolve(true) : sessionActive(sessionKey)) }
      : {}),
    ...(regrant
      ? {
          regrant: async (userId: string | null, documentName: string): Promise<CollabGrant | null> => {
            if (!userId?.startsWith(`${GUEST_PREFIX}:`)) return regrant(userId, documentName);
            const [, workshopId, participantId] = userId.split(':');
            const guest = (await store.participants(workshopId ?? '')).find((participant) => participant.id === participantId && participant.guest);
            return guest ? grantOf(guest, documentName) : null;
          },
        }
      : {}),
  };
}
