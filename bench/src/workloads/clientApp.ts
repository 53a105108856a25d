import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { CHROMIUM_PATH, launchChromium, type BenchPage } from '../client/browser.js';
import { measureRoutes } from '../client/routeSizes.js';
import { signIn } from '../client/signIn.js';
import type { Figures } from '../report/resultTable.js';
import { median } from '../report/stats.js';
import { OURS, type ServerSetup } from '../servers/targets.js';
import type { Workload, WorkloadContext } from './workload.js';

export const CLIENT_DIST_DIR = fileURLToPath(new URL('../../../client/dist', import.meta.url));
const EDITOR_SELECTOR = '.ProseMirror[contenteditable="true"]';
const EDITOR_TIMEOUT_MS = 30_000;
/** Documents open for signed-in people only: the server creates this account, the browser gets its session. */
const ACCOUNT = { email: 'bench@example.org', name: 'Bench', password: 'a long benchmark password' };
/** Bytes on the wire (headers included) for the page and everything it fetched so far. */
const TRANSFERRED_BYTES = `[...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].reduce((sum, entry) => sum + entry.transferSize, 0)`;
/** Paths of the scripts and stylesheets the page fetched so far, as one string. */
const LOADED_ASSETS = `performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((name) => /\\.(js|css)$/.test(name)).join(' ')`;

/** The web client: what opening a document downloads, and how soon a user can type. */
export const clientAppWorkload: Workload = {
  name: 'client',
  title: ({ client }) =>
    `6. Web client (ours only): download of the document route, and time to an editable editor over ${client.editorRuns} fresh browser contexts`,
  notes: [
    'Entry: the scripts and stylesheets client/dist/index.html references. Document route: every script and stylesheet the browser fetched until the editor of /doc/bench was editable (entry and lazy chunks). Sizes are of the files in client/dist, gzip level 9, as a server with compression would send them. Built by `pnpm build`.',
    'Per route, brotli: the scripts and stylesheets each page loads before it renders (the entry, the route\'s lazy chunk and their static imports, from the Vite build manifest), sized as the precompressed .br files the server sends (`client/scripts/precompress.mjs`, quality 11). Issue 13 sets the document route under 350 KB.',
    'Transferred: what the browser actually downloaded until the editor was editable, headers included, with the compression our server applies (precompressed brotli).',
    'Editable: headless Chromium opens /doc/bench in a new context (empty cache, already signed in: the session cookie is set) on our server serving client/dist; the figure is performance.now() in the page (from navigation start) when `.ProseMirror[contenteditable=true]` first exists.',
  ],
  metrics: [
    { key: 'signInBrotliKb', label: 'sign-in route JS + CSS, brotli', unit: 'KB', better: 'lower' },
    { key: 'homeBrotliKb', label: 'home route JS + CSS, brotli', unit: 'KB', better: 'lower' },
    { key: 'documentBrotliKb', label: 'document route JS + CSS, brotli', unit: 'KB', better: 'lower' },
    { key: 'ulgBrotliKb', label: 'ULG route JS + CSS, brotli', unit: 'KB', better: 'lower' },
    { key: 'entryGzipKb', label: 'entry JS + CSS, gzip', unit: 'KB', better: 'lower' },
    { key: 'routeJsGzipKb', label: 'document route JS, gzip', unit: 'KB', better: 'lower' },
    { key: 'routeCssGzipKb', label: 'document route CSS, gzip', unit: 'KB', better: 'lower' },
    { key: 'routeRawKb', label: 'document route JS + CSS, uncompressed', unit: 'KB', better: 'lower' },
    { key: 'transferredKb', label: 'bytes transferred until editable, as served', unit: 'KB', better: 'lower' },
    { key: 'editableFirstMs', label: 'editable editor, first load', unit: 'ms', better: 'lower' },
    { key: 'editableMedianMs', label: 'editable editor, median', unit: 'ms', better: 'lower' },
  ],
  setups: () => [{ label: 'ours', target: OURS, config: { clientDir: CLIENT_DIST_DIR, account: ACCOUNT } }],
  measure: async (setup, context) => {
    if (!fs.existsSync(path.join(CLIENT_DIST_DIR, 'index.html'))) {
      context.log('    client/dist/index.html is missing: run `pnpm build` first');
      return {};
    }
    const entry = gzipSizes(entryAssets());
    const routes = measureRoutes(CLIENT_DIST_DIR);
    const hasChromium = fs.existsSync(CHROMIUM_PATH);
    if (!hasChromium) context.log(`    no Chromium at ${CHROMIUM_PATH}: editor timing skipped`);
    const browser = hasChromium ? await openDocumentRoute(setup, context) : null;
    const route = browser ? gzipSizes(browser.assets) : null;
    return {
      signInBrotliKb: routes['sign-in'].brotli / 1024,
      homeBrotliKb: routes.home.brotli / 1024,
      documentBrotliKb: routes.document.brotli / 1024,
      ulgBrotliKb: routes.ulg.brotli / 1024,
      entryGzipKb: (entry.js + entry.css) / 1024,
      routeJsGzipKb: route ? route.js / 1024 : Number.NaN,
      routeCssGzipKb: route ? route.css / 1024 : Number.NaN,
      routeRawKb: route ? route.raw / 1024 : Number.NaN,
      ...browser?.figures,
    };
  },
};

/** Asset paths (relative to client/dist) that index.html loads: the entry script, preloads, stylesheets. */
function entryAssets(): string[] {
  const html = fs.readFileSync(path.join(CLIENT_DIST_DIR, 'index.html'), 'utf8');
  return [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\/([^"]+\.(?:js|css))"/g)].flatMap(([, file]) => (file ? [file] : []));
}

function gzipSizes(files: readonly string[]): { js: number; css: number; raw: number } {
  const sizes = { js: 0, css: 0, raw: 0 };
  for (const file of new Set(files)) {
    const bytes = fs.readFileSync(path.join(CLIENT_DIST_DIR, file));
    const gzipped = zlib.gzipSync(bytes, { level: 9 }).byteLength;
    sizes.raw += bytes.byteLength;
    if (file.endsWith('.js')) sizes.js += gzipped;
    else sizes.css += gzipped;
  }
  return sizes;
}

/**
 * Opens /doc/bench in fresh browser contexts on our server; returns the timings and the
 * assets the first load fetched, or null figures when the editor never became editable.
 */
async function openDocumentRoute(setup: ServerSetup, context: WorkloadContext): Promise<{ figures: Figures; assets: string[] } | null> {
  const server = await context.startServer(setup);
  const siteUrl = `http://127.0.0.1:${server.port}`;
  const browser = await launchChromium();
  try {
    const session = await signIn(siteUrl, ACCOUNT);
    const times: number[] = [];
    const transferred: number[] = [];
    let assets: string[] = [];
    for (let run = 0; run < context.sizes.client.editorRuns; run += 1) {
      const browserContext = await browser.newContext();
      await browserContext.addCookies([{ ...session, url: siteUrl }]);
      try {
        const page = await browserContext.newPage();
        await page.goto(`${siteUrl}/doc/bench`, { waitUntil: 'commit' });
        times.push(await editableAt(page));
        transferred.push(await page.evaluate<number>(TRANSFERRED_BYTES));
        if (run === 0) assets = (await page.evaluate<string>(LOADED_ASSETS)).split(' ').map((name) => name.replace(/^\//, ''));
      } finally {
        await browserContext.close();
      }
    }
    const figures = { editableFirstMs: times[0] ?? Number.NaN, editableMedianMs: median(times), transferredKb: median(transferred) / 1024 };
    return { figures, assets };
  } catch (error) {
    context.log(`    the editor did not become editable (${EDITOR_SELECTOR}): ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return null;
  } finally {
    await browser.close();
    await server.dispose();
  }
}

/** performance.now() in the page (ms since its navigation started) when the editor first accepts input. */
async function editableAt(page: BenchPage): Promise<number> {
  // The predicate runs in the page, so it names nothing of this module; bench/ has no DOM types.
  const inPage = (selector: string) => {
    const { document } = globalThis as unknown as { document: { querySelector(selector: string): unknown } };
    return document.querySelector(selector) ? performance.now() : false;
  };
  const ready = await page.waitForFunction(inPage, EDITOR_SELECTOR, {
    timeout: EDITOR_TIMEOUT_MS,
    polling: 'raf',
  });
  return ready.jsonValue();
}
