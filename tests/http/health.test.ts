import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '@iap/server';
import { apiErrorSchema, healthSchema } from '@iap/shared';
import { makeDataDir } from '../support/server.js';

describe('GET /api/health', () => {
  let app: FastifyInstance | null = null;
  afterEach(async () => {
    await app?.close();
    app = null;
  });

  const started = async (): Promise<FastifyInstance> => {
    app = await buildApp({ dataDir: makeDataDir(), clientDir: null, logLevel: 'fatal' });
    return app;
  };

  it('says ok while the database commits', async () => {
    const running = await started();
    const response = await running.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(healthSchema.parse(response.json())).toMatchObject({ status: 'ok', database: 'ok' });
  });

  it('is a 503 while the database refuses writes, and ok again once it accepts them', async () => {
    const running = await started();
    running.db.pragma('query_only = ON');
    const refused = await running.inject({ method: 'GET', url: '/api/health' });
    expect(refused.statusCode).toBe(503);
    expect(apiErrorSchema.parse(refused.json()).error).toMatchObject({ code: 'unavailable', message: expect.stringMatching(/readonly/) });

    running.db.pragma('query_only = OFF');
    expect((await running.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });

  it('is a 503 once the database is closed', async () => {
    const running = await started();
    running.db.close();
    const response = await running.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toMatchObject({ error: { code: 'unavailable' } });
  });
});
