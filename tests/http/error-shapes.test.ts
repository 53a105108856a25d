import http from 'node:http';
import net from 'node:net';
import { describe, expect } from 'vitest';
import { apiErrorSchema } from '@iap/shared';
import { addSignedIn } from '../access/people.js';
import { appTest } from '../support/fixtures.js';

/** One raw HTTP exchange, so the test sees exactly what Node and Fastify answer on the wire. */
function rawRequest(
  baseUrl: string,
  options: { method: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const request = http.request({ hostname, port, method: options.method, path: options.path, headers: options.headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on('error', reject);
    request.end(options.body);
  });
}

/** One app for the whole file (no test changes what another reads), and its one member. */
const it = appTest.extend('member', { scope: 'file' }, ({ fileServer }) =>
  addSignedIn(fileServer.app, { name: 'Member', city: 'enguera', role: 'member' }),
);

describe("Fastify's and Node's own errors", () => {
  const login = '/api/auth/login';
  const json = { 'content-type': 'application/json' };
  const cases: [string, Parameters<typeof rawRequest>[1], number, string][] = [
    ['a URL that does not decode', { method: 'GET', path: '/api/cities/%E0%A4%A' }, 400, 'bad_request'],
    ['a lone percent sign in the path', { method: 'GET', path: '/api/%' }, 400, 'bad_request'],
    ['a body in an unsupported media type', { method: 'POST', path: login, headers: { 'content-type': 'application/xml' }, body: '<a/>' }, 415, 'unsupported_media_type'],
    ['a JSON body that does not parse', { method: 'POST', path: login, headers: json, body: '{"email":' }, 400, 'invalid_payload'],
    ['an empty JSON body', { method: 'POST', path: login, headers: json, body: '' }, 400, 'invalid_payload'],
    ['a body over the 1 MiB limit', { method: 'POST', path: login, headers: json, body: `"${'x'.repeat(1024 * 1024 + 10)}"` }, 413, 'payload_too_large'],
    ['an unknown API route', { method: 'GET', path: '/api/no-such-thing' }, 404, 'not_found'],
    ['an unknown method on a route', { method: 'PUT', path: login, headers: json, body: '{}' }, 404, 'not_found'],
    ['a path parameter over its length limit', { method: 'GET', path: `/api/cities/${'a'.repeat(500)}/members` }, 414, 'uri_too_long'],
    ['a request line over 16 kB', { method: 'GET', path: `/api/cities/${'a'.repeat(20_000)}` }, 431, 'headers_too_large'],
  ];

  it.for(cases)('%s answers in the one JSON error shape with a fitting status and code', async ([, request, status, code], { fileServer: server, member }) => {
    const response = await rawRequest(server.httpUrl, { ...request, headers: { cookie: member.cookie, ...request.headers } });
    expect(response.status, response.body).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    // Even when no route ran: an error echoes part of a path, and it names nothing worth caching.
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['cache-control']).toBe('no-store');
    const json: unknown = JSON.parse(response.body);
    const body = apiErrorSchema.parse(json);
    expect(Object.keys(json as object)).toEqual(['error']);
    expect(body.error.code).toBe(code);
    expect(Object.keys(body.error).sort()).toEqual(['code', 'message']);
    // Paths are echoed at most in part: a 16 kB one is not sent back whole.
    expect(body.error.message.length).toBeLessThan(300);
  });

  it('a request that is not HTTP at all gets a JSON 400 before the connection closes', async ({ fileServer: server }) => {
    const { hostname, port } = new URL(server.httpUrl);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(port), hostname, () => socket.write('HELLO\r\n\r\n'));
      let received = '';
      socket.on('data', (chunk) => (received += chunk.toString()));
      socket.on('close', () => resolve(received));
      socket.on('error', reject);
    });
    const [head, body] = answer.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(head).toMatch(/\r\nX-Content-Type-Options: nosniff\r\n/i);
    expect(JSON.parse(body ?? '')).toEqual({ error: { code: 'bad_request', message: 'Malformed HTTP request' } });
  });
});
