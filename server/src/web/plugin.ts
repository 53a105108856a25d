import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

/** The built client (client/dist), the same relative path from server/src and server/dist. */
export const CLIENT_DIST_DIR = fileURLToPath(new URL('../../../client/dist/', import.meta.url));

/**
 * Serves the built React client. Returns the index.html to answer client-side routes with,
 * or null when the client is not built (the API still works).
 */
export async function registerWebClient(app: FastifyInstance, clientDir: string): Promise<Buffer | null> {
  const indexFile = `${clientDir}/index.html`;
  if (!fs.existsSync(indexFile)) {
    app.log.warn({ clientDir }, 'client is not built; run `pnpm build` to serve the UI');
    return null;
  }
  // `/` gets index.html too: with `index: false` @fastify/static answers a folder with 403.
  // preCompressed: the build wrote a .br and a .gz beside each asset (client/scripts/precompress.mjs);
  // a browser that accepts one gets it as it is, with no compression work per request.
  await app.register(fastifyStatic, { root: clientDir, index: 'index.html', preCompressed: true });
  return fs.readFileSync(indexFile);
}
