import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '@iap/shared';
import { systemClock } from '@iap/server/clock';
import { openStorage } from '@iap/server/scaleOut';
import { PROBE_TIMEOUT_MS } from '@iap/server/storage/Storage';
import { makeDataDir, startServer, type RunningServer } from '../support/server.js';
import { startSilentNetwork, through, type SilentNetwork } from '../support/silentNetwork.js';
import { assertServicesUp, freshDatabase } from '../support/postgresRedis.js';

/** What a health answer may take beyond the bound: the request itself, on a busy machine. */
const SLACK_MS = 1_500;

describe('health when PostgreSQL connections hang', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let network: SilentNetwork;
  let server: RunningServer;

  beforeAll(async () => {
    await assertServicesUp();
    database = await freshDatabase();
    network = await startSilentNetwork(database.url);
    // The storage as main.ts opens it from DATABASE_URL (the pool's settings included), through the proxy.
    const dataDir = makeDataDir();
    const quiet = { warn: () => undefined, info: () => undefined };
    const storage = await openStorage({ databaseUrl: through(database.url, network), dataDir, sqliteSynchronous: 'NORMAL' }, quiet, systemClock);
    server = await startServer({ dataDir, storage, logLevel: 'silent' });
  });
  afterAll(async () => {
    network?.restore();
    await server?.close();
    await network?.close();
    await database?.drop();
  });

  const health = async () => {
    const started = Date.now();
    const response = await server.app.inject({ method: 'GET', url: '/api/health' });
    return { code: response.statusCode, body: response.json(), ms: Date.now() - started };
  };

  it('answers 503 unavailable within the bound, naming the reason, and 200 again when the database answers', async () => {
    expect((await health()).code).toBe(200);
    network.goSilent();
    // First on the pool's idle connection, which stops carrying bytes; then on new connections,
    // which are accepted and never answered; then again, when the earlier probes still hang.
    for (let attempt = 0; attempt < 3; attempt++) {
      const answer = await health();
      expect(answer.code, JSON.stringify(answer.body)).toBe(503);
      expect(answer.ms).toBeLessThan(PROBE_TIMEOUT_MS + SLACK_MS);
      expect(apiErrorSchema.parse(answer.body).error).toMatchObject({ code: 'unavailable', message: `The database does not answer: no answer within ${PROBE_TIMEOUT_MS} ms` });
    }
    network.restore();
    const deadline = Date.now() + 15_000;
    let last = await health();
    while (last.code !== 200 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      last = await health();
    }
    expect(last.code, JSON.stringify(last.body)).toBe(200);
  }, 60_000);
});
