import fs from 'node:fs';
import path from 'node:path';
import { describe, expect } from 'vitest';
import { makeDataDir } from '../support/server.js';
import { addSignedIn } from '../access/people.js';
import { appTest } from '../support/fixtures.js';

/** A stand-in for client/dist: the headers are the server's, whatever the page holds. */
function builtClientDir(): string {
  const dir = makeDataDir('iap-client-');
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><script type="module" src="/assets/app.js"></script>');
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log("app");');
  return dir;
}

/** The directives of a Content-Security-Policy header, by name. */
function directives(header: string | string[] | number | undefined): Map<string, string[]> {
  expect(typeof header).toBe('string');
  return new Map(
    String(header)
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name as string, values]),
  );
}

/** One app for the file, serving a stand-in page, and its coordinator. */
const it = appTest.extend('coordinator', { scope: 'file' }, ({ fileServer }) =>
  addSignedIn(fileServer.app, { name: 'Coordinator', city: 'obidos', role: 'coordinator' }),
);
it.override('fileAppOptions', { clientDir: builtClientDir() });

describe('security headers', () => {
  it("the app's pages may run only the app's own scripts and may not be framed", async ({ fileServer: { app } }) => {
    for (const url of ['/', '/cities/obidos', '/assets/app.js']) {
      const response = await app.inject({ method: 'GET', url, headers: { host: 'iap.example.org:8080' } });
      expect(response.statusCode, url).toBe(200);
      const csp = directives(response.headers['content-security-policy']);
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('script-src')).toEqual(["'self'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      expect(csp.get('base-uri')).toEqual(["'self'"]);
      // The collab socket of the same host, whichever scheme the page came over.
      expect(csp.get('connect-src')).toEqual(["'self'", 'ws://iap.example.org:8080', 'wss://iap.example.org:8080']);
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
    }
  });

  it('a Host header that is not a plain host name adds no socket source to the policy', async ({ fileServer: { app } }) => {
    const response = await app.inject({ method: 'GET', url: '/', headers: { host: "evil.example 'unsafe-eval'" } });
    const csp = directives(response.headers['content-security-policy']);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
  });

  it('API answers are never stored by a cache: they carry personal data', async ({ fileServer: { app }, coordinator }) => {
    const answers = [
      await app.inject({ method: 'GET', url: '/api/me', headers: { cookie: coordinator.cookie } }),
      await app.inject({ method: 'GET', url: '/api/cities/obidos/members', headers: { cookie: coordinator.cookie } }),
      await app.inject({ method: 'GET', url: '/api/cities/obidos/stakeholders.csv', headers: { cookie: coordinator.cookie } }),
      await app.inject({ method: 'GET', url: '/api/me' }),
      await app.inject({ method: 'GET', url: '/api/no-such-route' }),
    ];
    for (const answer of answers) {
      expect(answer.headers['cache-control'], answer.body).toBe('no-store');
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('over plain HTTP there is no HSTS and no upgrade of requests to HTTPS', async ({ fileServer: { app } }) => {
    const response = await app.inject({ method: 'GET', url: '/' });
    expect(response.headers['strict-transport-security']).toBeUndefined();
    expect(directives(response.headers['content-security-policy']).has('upgrade-insecure-requests')).toBe(false);
  });
});

describe('security headers when served over HTTPS', () => {
  it('add HSTS and upgrade-insecure-requests', async ({ startApp }) => {
    const { app } = await startApp({ secureCookies: true });
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['strict-transport-security']).toMatch(/^max-age=31536000/);
    expect(directives(response.headers['content-security-policy']).has('upgrade-insecure-requests')).toBe(true);
  });
});
