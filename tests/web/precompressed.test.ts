import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect } from 'vitest';
import { makeDataDir } from '../support/server.js';
import { appTest } from '../support/fixtures.js';

const SCRIPT = `export const greeting = ${JSON.stringify('hello '.repeat(400))};\n`;

/** A built client in miniature: one asset with the .br and .gz copies the build writes beside it. */
function makeClientDir(): string {
  const dir = makeDataDir('iap-client-');
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>IAP</title><script type="module" src="/assets/app.js"></script>');
  const file = path.join(dir, 'assets', 'app.js');
  fs.writeFileSync(file, SCRIPT);
  fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(SCRIPT));
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(SCRIPT));
  return dir;
}

/** A fresh app for each test, serving a fresh miniature client; `get` asks it for the script. */
const it = appTest.extend('get', ({ server: { app } }) => (acceptEncoding: string) =>
  app.inject({ method: 'GET', url: '/assets/app.js', headers: { 'accept-encoding': acceptEncoding } }),
);
it.override('appOptions', () => ({ clientDir: makeClientDir() }));

describe('the web client is sent precompressed', () => {
  it('answers Accept-Encoding: br with the brotli file and Content-Encoding: br', async ({ get }) => {
    const response = await get('gzip, deflate, br');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(zlib.brotliDecompressSync(response.rawPayload).toString()).toBe(SCRIPT);
  });

  it('sends gzip to a browser without brotli, and the plain file to one that accepts neither', async ({ get }) => {
    const gzip = await get('gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzip.rawPayload).toString()).toBe(SCRIPT);

    const plain = await get('identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
  });
});
