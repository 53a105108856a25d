import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import { CloseCode, DOCUMENT_NAME_PATTERN, SAVED_ACK_PARAM } from '@iap/shared';
import { CollabRefusal, type CollabAccess } from './access.js';
import { Connection } from './Connection.js';
import { startKeepAlive, startSilenceWatch, type SilencePolicy } from './keepAlive.js';
import type { CollabService } from './CollabService.js';

export interface CollabPluginOptions {
  service: CollabService;
  access: CollabAccess;
  /** Interval of the keep-alive ping; a socket that misses one is terminated. */
  pingIntervalMs: number;
  /** How fast a connection that sends heartbeats and falls silent is dropped. */
  silence: SilencePolicy;
}

/** Frames that arrive while the socket is still being authorised (a client sends sync step 1 at once). */
const MAX_EARLY_FRAMES = 64;

/**
 * The collaboration endpoint: `GET /collab/:name` upgraded to a WebSocket that speaks the
 * y-websocket protocol (docs/PROTOCOL.md). The maximum frame size is set on the WebSocket
 * server itself, so an oversized frame is refused by ws (close 1009) before it is buffered.
 */
export async function collabPlugin(app: FastifyInstance, options: CollabPluginOptions): Promise<void> {
  const { service, access } = options;

  const stopKeepAlive = startKeepAlive(service.connections, options.pingIntervalMs);
  const stopSilenceWatch = startSilenceWatch(service.connections, options.silence);
  app.addHook('onClose', () => {
    stopKeepAlive();
    stopSilenceWatch();
  });

  app.get<{ Params: { name: string }; Querystring: Record<string, string | undefined> }>(
    '/:name',
    { websocket: true },
    (socket, request) => {
      void accept(socket, request);
    },
  );

  async function accept(
    socket: WebSocket,
    request: FastifyRequest<{ Params: { name: string }; Querystring: Record<string, string | undefined> }>,
  ): Promise<void> {
    const early: { data: Buffer; isBinary: boolean }[] = [];
    const holdEarly = (data: Buffer, isBinary: boolean): void => {
      if (early.length < MAX_EARLY_FRAMES) early.push({ data, isBinary });
      else socket.close(CloseCode.badMessage, 'too many messages before sync');
    };
    socket.on('message', holdEarly);

    const name = request.params.name;
    try {
      if (!DOCUMENT_NAME_PATTERN.test(name)) throw new CollabRefusal(CloseCode.badDocumentName, 'invalid document name');
      const grant = await access.authorize(request, name);
      if (socket.readyState !== socket.OPEN) return;
      const wantsAck = request.query[SAVED_ACK_PARAM] === '1';
      await service.registry.attach(name, (document) => {
        if (socket.readyState !== socket.OPEN) return;
        socket.off('message', holdEarly);
        const connection = new Connection(socket, document, grant, wantsAck, (closed) => {
          service.connections.delete(closed);
          service.registry.release(closed.document);
        });
        service.connections.add(connection);
        // The session may have ended while this socket was being authorized: the event has passed.
        if (service.hasSessionEnded(grant.sessionKey)) {
          connection.close(CloseCode.unauthenticated, 'session ended');
          return;
        }
        connection.start();
        for (const frame of early) connection.receive(frame.data, frame.isBinary);
      });
    } catch (error) {
      if (error instanceof CollabRefusal) {
        socket.close(error.closeCode, error.reason);
        return;
      }
      request.log.error({ err: error, document: name }, 'could not open document');
      socket.close(CloseCode.storageUnavailable, 'document could not be opened, retrying');
    }
  }
}
