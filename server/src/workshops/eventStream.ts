import type { FastifyInstance, FastifyRequest } from 'fastify';
import { WORKSHOP_CHANGED_EVENT, type WorkshopChange } from '@iap/shared';
import type { AccountRefresher } from '../access/requestAccount.js';
import { eventStreams } from '../web/eventStream.js';
import { guestTokenOf } from './callers.js';
import type { WorkshopEvents } from './WorkshopEvents.js';
import type { WorkshopGrant } from './workshopGate.js';
import type { WorkshopStore } from './WorkshopStore.js';

/** Tells the browser to reconnect 3 s after a stream drops: a phone on poor Wi-Fi comes back quickly. */
const RETRY_MS = 3_000;

/**
 * `GET /workshops/:id/events`: a server-sent event stream of the session for everyone in it.
 * Each event names what changed (`session`, `ideas`, `polls`, `decisions`, `attendance`) and
 * nothing more: clients refetch through the API, which decides what each may see. A first
 * `session` event on connect makes a reconnecting phone catch up with what it missed.
 */
export function registerWorkshopEvents(
  app: FastifyInstance,
  events: WorkshopEvents,
  gate: { grantOf: (request: FastifyRequest) => WorkshopGrant },
  /** The gate's route options for everyone in the session. */
  participant: { preValidation: (request: FastifyRequest) => Promise<void> },
  store: Pick<WorkshopStore, 'participantByToken'>,
  recheck: { refreshAccount: AccountRefresher; everyMs?: number },
): void {
  const streams = eventStreams(app, recheck.everyMs);

  app.get('/workshops/:id/events', participant, (request, reply) => {
    const { workshop, caller } = gate.grantOf(request);
    // Still allowed: the session behind the cookie runs, and the gate lets the caller in again
    // (a member still of the city, a guest still in the attendance).
    const stillAllowed = async (): Promise<boolean> =>
      (await recheck.refreshAccount(request)) &&
      participant.preValidation(request).then(
        () => true,
        () => false,
      );
    const stream = streams.open(reply, RETRY_MS, stillAllowed);
    const token = caller.kind === 'guest' ? guestTokenOf(request) : null;
    let removed = false;
    const send = (change: WorkshopChange): void => {
      if (removed) return;
      // A guest taken out of the attendance loses their pass (401 on every route): their open
      // stream ends too, or it would keep telling them whenever anything changes.
      if (token !== null && change.what === 'attendance') {
        void store.participantByToken(token).then(
          (guest) => {
            if (guest) return;
            removed = true;
            stream.end();
          },
          () => undefined,
        );
      }
      stream.send(WORKSHOP_CHANGED_EVENT, change);
    };
    send({ what: 'session' });
    stream.onClose(events.add(workshop.id, send));
  });
}
