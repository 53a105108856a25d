import { describe, expect } from 'vitest';
import { apiErrorSchema, healthSchema } from '@iap/shared';
import { appTest as it } from '../support/fixtures.js';

describe('GET /api/health', () => {
  // The database errors these tests cause are logged at error level: they are expected here.
  it.override('appOptions', { logLevel: 'fatal' });

  it('says ok while the database commits', async ({ server: { app: running } }) => {
    const response = await running.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(healthSchema.parse(response.json())).toMatchObject({ status: 'ok', database: 'ok' });
  });

  it('is a 503 while the database refuses writes, and ok again once it accepts them', async ({ server: { app: running } }) => {
    running.db.pragma('query_only = ON');
    const refused = await running.inject({ method: 'GET', url: '/api/health' });
    expect(refused.statusCode).toBe(503);
    expect(apiErrorSchema.parse(refused.json()).error).toMatchObject({ code: 'unavailable', message: expect.stringMatching(/readonly/) });

    running.db.pragma('query_only = OFF');
    expect((await running.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });

  it('is a 503 once the database is closed', async ({ server: { app: running } }) => {
    running.db.close();
    const response = await running.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toMatchObject({ error: { code: 'unavailable' } });
  });
});
