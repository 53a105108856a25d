import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildAppOptions } from '@iap/server';
import { startServer, type RunningServer } from './server.js';

const REPO_DIR = fileURLToPath(new URL('../../', import.meta.url));
/** The built client the browser tests load (the test command builds it first). */
export const CLIENT_DIST = path.join(REPO_DIR, 'client', 'dist');
/** Screenshots for people to look at; git-ignored. */
export const ARTIFACTS_DIR = path.join(REPO_DIR, 'tests', 'artifacts');

/**
 * The real app (default access: session cookie and city roles) serving the built client, for a
 * browser test. Fails with a clear message when the client is not built.
 */
export async function startWebApp(options: Partial<BuildAppOptions> = {}): Promise<RunningServer> {
  if (!fs.existsSync(path.join(CLIENT_DIST, 'index.html'))) {
    throw new Error(`The client is not built (${CLIENT_DIST} has no index.html): run \`pnpm --filter @iap/client build\` first.`);
  }
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return startServer({ clientDir: CLIENT_DIST, ...options });
}
