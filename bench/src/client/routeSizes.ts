import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** One entry of Vite's build manifest (client/dist/.vite/manifest.json). */
interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  /** Keys of the chunks this one imports statically: they load with it. */
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** The pages people open, and the lazily loaded module each adds to the entry. */
export const ROUTES = {
  'sign-in': 'src/features/auth/LoginPage.tsx',
  home: 'src/features/cities/CitiesHomePage.tsx',
  document: 'src/app/DocumentPage.tsx',
  ulg: 'src/features/ulg/UlgPage.tsx',
} as const satisfies Record<string, string>;
export type RouteName = keyof typeof ROUTES;

export interface RouteSize {
  /** Files under client/dist that the route loads before it can render: scripts and stylesheets. */
  files: string[];
  raw: number;
  gzip: number;
  brotli: number;
}

/**
 * The most the document route may download, brotli, scripts and stylesheets together: issue 13's
 * 350 KB. It stands at 346.5 KB (30 November 2026, down from 460 at the first measure): zod/mini
 * for the shared schemas, wouter instead of react-router, an editor toolbar and link mark of our
 * own instead of @mantine/tiptap and linkifyjs, the sign-in, home and toast code out of the entry,
 * menus whose code loads when first opened, and the plan's comments, outline, drawers and menus
 * loading right after the editor. What is left is what an editable plan needs: react-dom,
 * Mantine's core, TanStack Query, i18next, ProseMirror, Tiptap and Yjs. Growth past the target
 * fails the test; bench/README.md ("Web client") has the steps and what was not done.
 */
export const DOCUMENT_ROUTE_LIMIT_BYTES = 350 * 1024;

/**
 * What each route downloads, from the build manifest: the entry chunk, the route's lazy chunk,
 * everything they import statically and their stylesheets (what the browser fetches and the
 * modulepreload links announce), sized as sent: the precompressed .br and .gz files beside
 * each asset, or compressed here at the same levels when a build has none.
 */
export function measureRoutes(distDir: string): Record<RouteName, RouteSize> {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entryKey) throw new Error('the build manifest names no entry');
  const sizes = {} as Record<RouteName, RouteSize>;
  for (const [route, lazyKey] of Object.entries(ROUTES) as [RouteName, string][]) {
    const files = new Set<string>();
    collect(manifest, entryKey, files, new Set());
    collect(manifest, lazyKey, files, new Set());
    sizes[route] = sizeOf(distDir, [...files].sort());
  }
  return sizes;
}

function collect(manifest: Manifest, key: string, files: Set<string>, seen: Set<string>): void {
  if (seen.has(key)) return;
  seen.add(key);
  const chunk = manifest[key];
  if (!chunk) throw new Error(`the build manifest has no ${key}`);
  files.add(chunk.file);
  for (const css of chunk.css ?? []) files.add(css);
  for (const imported of chunk.imports ?? []) collect(manifest, imported, files, seen);
}

function sizeOf(distDir: string, files: string[]): RouteSize {
  const size: RouteSize = { files, raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const full = path.join(distDir, file);
    const bytes = fs.readFileSync(full);
    size.raw += bytes.byteLength;
    size.gzip += precompressed(`${full}.gz`) ?? zlib.gzipSync(bytes, { level: 9 }).byteLength;
    size.brotli +=
      precompressed(`${full}.br`) ??
      zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY } })
        .byteLength;
  }
  return size;
}

function precompressed(file: string): number | null {
  return fs.existsSync(file) ? fs.statSync(file).size : null;
}
