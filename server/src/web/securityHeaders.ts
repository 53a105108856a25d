import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';
import fastifyHelmet from '@fastify/helmet';

/** A Host header as browsers send it (name or IP, optional port); anything else gets no socket source. */
const PLAIN_HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

/**
 * The collab socket of the page's own host. CSP Level 3 lets 'self' cover ws:/wss: of the same
 * host, but older browsers do not, and without a socket the editor cannot save.
 */
function sameHostSockets(request: IncomingMessage): string {
  const host = request.headers.host;
  return host && PLAIN_HOST.test(host) ? `ws://${host} wss://${host}` : '';
}

/**
 * Browser security headers on every response, and `Cache-Control: no-store` on the API: its
 * answers carry personal data (stakeholders, members, e-mails) that no shared or disk cache keeps.
 * `secure` (served over HTTPS) adds HSTS and upgrade-insecure-requests; over plain HTTP in a
 * workshop room these would break the app.
 */
export async function registerSecurityHeaders(app: FastifyInstance, options: { secure: boolean }): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        // Only the bundles Vite builds into client/dist: no inline script, no eval.
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        // Mantine writes its CSS variables in <style> elements and sets style attributes.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", sameHostSockets],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(options.secure ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    xFrameOptions: { action: 'deny' },
    // Invite links carry their token in the path: never send it to another site.
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: options.secure ? { maxAge: 365 * 24 * 60 * 60 } : false,
  });
  app.addHook('onSend', async (request, reply) => {
    if (request.url === '/api' || request.url.startsWith('/api/') || request.url.startsWith('/api?')) {
      void reply.header('cache-control', 'no-store');
    }
  });
}
