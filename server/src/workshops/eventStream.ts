import type { FastifyInstance, FastifyRequest } from 'fastify';
import { WORKSHOP_CHANGED_EVENT, type WorkshopChange } from '@iap/shared';
import type { WorkshopEvents } from './WorkshopEvents.js';
import type { WorkshopGrant } from './workshopGate.js';

/** Tells the browser to reconnect 3 s after a stream drops: a phone on poor Wi-Fi comes back quickly. */
const RETRY_MS = 3_000;
/** How often an idle stream sends a comment line, so proxies and browsers keep it open. */
const HEARTBEAT_MS = 25_000;

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
): void {
  const openStreams = new Set<() => void>();

  app.get('/workshops/:id/events', participant, (request, reply) => {
    const { workshop } = gate.grantOf(request);
    // The stream outlives the handler: Fastify leaves the raw response to us from here on.
    reply.hijack();
    const response = reply.raw;
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    const send = (change: WorkshopChange): void => void response.write(`event: ${WORKSHOP_CHANGED_EVENT}\ndata: ${JSON.stringify(change)}\n\n`);
    response.write(`retry: ${RETRY_MS}\n\n`);
    send({ what: 'session' });
    const stopListening = events.add(workshop.id, send);
    const heartbeat = setInterval(() => response.write(': keep-alive\n\n'), HEARTBEAT_MS);
    const end = (): void => void response.end();
    openStreams.add(end);
    response.once('close', () => {
      clearInterval(heartbeat);
      stopListening();
      openStreams.delete(end);
    });
  });

  // A stream never ends by itself: end them, or closing the server would wait for ever.
  app.addHook('preClose', async () => {
    for (const end of [...openStreams]) end();
  });
}
