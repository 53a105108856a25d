import type { CollabAccess, CollabGrant } from '../collab/access.js';
import type { PlanStateStore } from './PlanStateStore.js';

/**
 * Wraps the collab access decisions so a final plan is read-only for everyone, admin included:
 * the lock is enforced where every write over the socket is decided (the connection's grant),
 * and re-decided on open sockets when the plan is finalized or reopened.
 */
export function lockFinalPlans(access: CollabAccess, states: PlanStateStore): CollabAccess {
  const locked = async (documentName: string, grant: CollabGrant): Promise<CollabGrant> =>
    grant.canWrite && (await states.current(documentName))?.state === 'final' ? { ...grant, canWrite: false } : grant;
  const regrant = access.regrant?.bind(access);
  const sessionActive = access.sessionActive?.bind(access);
  return {
    authorize: async (request, documentName) => locked(documentName, await access.authorize(request, documentName)),
    ...(sessionActive ? { sessionActive } : {}),
    ...(regrant
      ? {
          regrant: async (userId: string | null, documentName: string) => {
            const grant = await regrant(userId, documentName);
            return grant ? locked(documentName, grant) : null;
          },
        }
      : {}),
  };
}
