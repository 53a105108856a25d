import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_DIST_DIR } from '../workloads/clientApp.js';
import { DOCUMENT_ROUTE_LIMIT_BYTES, measureRoutes } from './routeSizes.js';

const built = fs.existsSync(path.join(CLIENT_DIST_DIR, '.vite', 'manifest.json'));

// A size, not a timing: the same build always gives the same bytes.
describe.skipIf(!built)('what each route of the built client downloads', () => {
  const routes = built ? measureRoutes(CLIENT_DIST_DIR) : null;

  it('keeps the document route (scripts and stylesheets, brotli) under its limit', () => {
    const document = routes?.document;
    expect(document?.files.some((file) => file.startsWith('assets/DocumentPage-'))).toBe(true);
    expect(document?.brotli, `document route: ${((document?.brotli ?? 0) / 1024).toFixed(1)} KB brotli`).toBeLessThanOrEqual(
      DOCUMENT_ROUTE_LIMIT_BYTES,
    );
  });

  it('keeps the editor and the charts out of the sign-in and home routes', () => {
    for (const route of [routes?.['sign-in'], routes?.home]) {
      expect(route?.files.filter((file) => /DocumentPage|UlgPage/.test(file))).toEqual([]);
      expect(route?.brotli ?? Infinity).toBeLessThan((routes?.document.brotli ?? 0) * 0.6);
    }
  });

  it('ships a brotli and a gzip copy of every script and stylesheet of the document route', () => {
    for (const file of routes?.document.files ?? []) {
      const full = path.join(CLIENT_DIST_DIR, file);
      if (fs.statSync(full).size < 1024) continue;
      expect(fs.existsSync(`${full}.br`), `${file}.br`).toBe(true);
      expect(fs.existsSync(`${full}.gz`), `${file}.gz`).toBe(true);
    }
  });
});
