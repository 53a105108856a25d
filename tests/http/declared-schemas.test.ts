import { describe, expect } from 'vitest';
import { addSignedIn } from '../access/people.js';
import { appTest } from '../support/fixtures.js';
import type { RunningServer } from '../support/server.js';

/**
 * Routes declare their body, params, query and response with the shared zod schemas. What a
 * caller sees must stay what it was when handlers parsed payloads themselves: the one error
 * shape naming the field, access refused before the payload is judged, fields a schema does
 * not list never sent.
 */
/** One app for the file; each block has its own coordinator and observer of Mizil on it. */
const it = appTest.extend('cast', { scope: 'file' }, async ({ fileServer }) => ({
  settings: {
    coordinator: await addSignedIn(fileServer.app, { name: 'Schema Coordinator', city: 'mizil', role: 'coordinator' }),
    observer: await addSignedIn(fileServer.app, { name: 'Schema Observer', city: 'mizil', role: 'observer' }),
  },
  documents: {
    coordinator: await addSignedIn(fileServer.app, { name: 'Plan Coordinator', city: 'mizil', role: 'coordinator' }),
    observer: await addSignedIn(fileServer.app, { name: 'Plan Observer', city: 'mizil', role: 'observer' }),
  },
}));

describe('routes with declared schemas', () => {
  const patchSettings = (server: RunningServer, cookie: string | null, payload: unknown) =>
    server.app.inject({ method: 'PATCH', url: '/api/cities/mizil/settings', headers: cookie ? { cookie } : {}, payload: payload as object });

  it('an unknown key in a body is refused in the one error shape, naming the key', async ({ fileServer: server, cast: { settings: { coordinator } } }) => {
    const response = await patchSettings(server, coordinator.cookie, { observersCanComment: true, colour: 'red' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: { code: 'invalid_payload', message: expect.stringMatching(/^colour: /), field: 'colour' } });
  });

  it('a value of the wrong type names its field', async ({ fileServer: server, cast: { settings: { coordinator } } }) => {
    const response = await patchSettings(server, coordinator.cookie, { observersCanComment: 'yes' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'invalid_payload', field: 'observersCanComment' });
  });

  it('a query outside its schema names the parameter', async ({ fileServer: server, cast: { settings: { coordinator } } }) => {
    const response = await server.app.inject({ method: 'GET', url: '/api/cities/mizil/audit?limit=0', headers: { cookie: coordinator.cookie } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'invalid_payload', field: 'limit' });
  });

  it('access is refused before the payload is judged: anonymous 401, a role without the right 403, an unknown city 404', async ({ fileServer: server, cast: { settings: { coordinator, observer } } }) => {
    const invalid = { observersCanComment: 'yes' };
    expect((await patchSettings(server, null, invalid)).statusCode).toBe(401);
    expect((await patchSettings(server, observer.cookie, invalid)).statusCode).toBe(403);
    const unknown = await server.app.inject({ method: 'PATCH', url: '/api/cities/atlantis/settings', headers: { cookie: coordinator.cookie }, payload: invalid });
    expect(unknown.statusCode).toBe(404);
  });

  it('a valid body is applied and the answer holds only what its schema lists', async ({ fileServer: server, cast: { settings: { coordinator } } }) => {
    const response = await patchSettings(server, coordinator.cookie, { observersCanComment: true });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ observersCanComment: true });
  });
});

describe('document routes with declared schemas', () => {
  const send = (server: RunningServer, method: 'GET' | 'POST', url: string, cookie: string | null, payload?: unknown) =>
    server.app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload === undefined ? {} : { payload: payload as object }) });

  it('access to a document is refused before its payload is judged: anonymous 401, no right 403, a name no kind claims 404', async ({ fileServer: server, cast: { documents: { coordinator, observer } } }) => {
    const invalid = { label: 7 };
    expect((await send(server, 'POST', '/api/documents/iap.mizil/versions', null, invalid)).statusCode).toBe(401);
    expect((await send(server, 'POST', '/api/documents/iap.mizil/versions', observer.cookie, invalid)).statusCode).toBe(403);
    expect((await send(server, 'POST', '/api/documents/iap.atlantis/versions', coordinator.cookie, invalid)).statusCode).toBe(404);
    const unclaimed = await send(server, 'POST', '/api/documents/notes.mizil/versions', coordinator.cookie, invalid);
    expect(unclaimed.json()).toEqual({ error: { code: 'not_found', message: 'No such document' } });
    expect((await send(server, 'POST', '/api/documents/iap.mizil/state', null, { to: 'nowhere' })).statusCode).toBe(401);
    expect((await send(server, 'POST', '/api/documents/iap.mizil/comments', null, { body: '' })).statusCode).toBe(401);
    expect((await send(server, 'POST', '/api/notifications/read', null, { ids: [] })).statusCode).toBe(401);
  });

  it('payloads of document routes name their field', async ({ fileServer: server, cast: { documents: { coordinator } } }) => {
    const cases: [string, string, unknown, string][] = [
      ['POST', '/api/documents/iap.mizil/versions', { label: 'v1', colour: 'red' }, 'colour'],
      ['GET', '/api/documents/iap.mizil/versions/some-id/diff?against=', undefined, 'against'],
      ['POST', '/api/documents/iap.mizil/state', { to: 'nowhere' }, 'to'],
      ['POST', '/api/notifications/read', { ids: [] }, 'ids'],
    ];
    for (const [method, url, payload, field] of cases) {
      const response = await send(server, method as 'GET' | 'POST', url, coordinator.cookie, payload);
      expect(response.statusCode, url).toBe(400);
      expect(response.json().error, url).toMatchObject({ code: 'invalid_payload', field });
    }
  });

  it('a version is answered with what a version shows, not what the store keeps beside it', async ({ fileServer: server, cast: { documents: { coordinator, observer } } }) => {
    const created = await send(server, 'POST', '/api/documents/iap.mizil/versions', coordinator.cookie, { label: 'Schema check' });
    expect(created.statusCode).toBe(201);
    expect(Object.keys(created.json()).sort()).toEqual(['author', 'createdAt', 'id', 'kind', 'label']);
    const listed = (await send(server, 'GET', '/api/documents/iap.mizil/versions', observer.cookie)).json();
    expect(Object.keys(listed.versions[0]).sort()).toEqual(['author', 'createdAt', 'id', 'kind', 'label']);
  });
});
