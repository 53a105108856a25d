import type { FastifyInstance, FastifyReply } from 'fastify';

/** How often an idle stream sends a comment line, so proxies and browsers keep it open. */
const HEARTBEAT_MS = 25_000;

/** How often an open stream asks whether its caller may still have it, unless told otherwise. */
export const DEFAULT_STREAM_RECHECK_MS = 25_000;

/**
 * Whether the caller of a stream may still have it (their session still runs, they still belong
 * to the session or city); false ends the stream.
 */
export type StillAllowed = () => Promise<boolean>;

/** One open server-sent event stream. */
export interface EventStream {
  /** Sends one event; `data` is serialized as JSON. */
  send: (event: string, data: unknown) => void;
  /** Runs once when the client goes away or the server closes. */
  onClose: (cleanup: () => void) => void;
  /** Ends the stream from the server's side (the caller lost access). */
  end: () => void;
}

/**
 * Server-sent event streams of one plugin: `open` takes over a reply (Fastify leaves the raw
 * response to us from then on), keeps it alive through proxies, and every stream is ended when
 * the app closes, or closing the server would wait for ever.
 */
export function eventStreams(
  app: FastifyInstance,
  recheckMs: number = DEFAULT_STREAM_RECHECK_MS,
): { open: (reply: FastifyReply, retryMs: number, stillAllowed: StillAllowed) => EventStream } {
  const openStreams = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const end of [...openStreams]) end();
  });
  return {
    open: (reply, retryMs, stillAllowed) => {
      reply.hijack();
      const response = reply.raw;
      response.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        // Tells a buffering reverse proxy (nginx) to pass events on at once.
        'x-accel-buffering': 'no',
      });
      // How soon the browser reconnects after the stream drops.
      response.write(`retry: ${retryMs}\n\n`);
      const heartbeat = setInterval(() => response.write(': keep-alive\n\n'), HEARTBEAT_MS);
      const end = (): void => void response.end();
      // Events carry no content, but a stream must not outlive its caller's access: signing out,
      // a password change or losing the city ends it within `recheckMs`. The browser then
      // reconnects, is refused, and stops.
      const recheck = setInterval(() => {
        stillAllowed().then(
          (allowed) => allowed || end(),
          () => undefined,
        );
      }, recheckMs);
      openStreams.add(end);
      const cleanups: (() => void)[] = [];
      response.once('close', () => {
        clearInterval(heartbeat);
        clearInterval(recheck);
        openStreams.delete(end);
        for (const cleanup of cleanups) cleanup();
      });
      return {
        send: (event, data) => void response.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`),
        onClose: (cleanup) => void cleanups.push(cleanup),
        end,
      };
    },
  };
}
