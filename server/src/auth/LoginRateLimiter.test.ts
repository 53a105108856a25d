import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../db/openDatabase.js';
import { SqliteAttemptStore } from './attempts/SqliteAttemptStore.js';
import { DEFAULT_LOGIN_RATE_LIMIT, LoginRateLimiter } from './LoginRateLimiter.js';

describe('LoginRateLimiter', () => {
  let db: Db;
  let now = Date.parse('2025-03-03T09:00:00Z');
  const limiter = (): LoginRateLimiter => {
    db = openDatabase({ dataDir: ':memory:' });
    return new LoginRateLimiter(DEFAULT_LOGIN_RATE_LIMIT, new SqliteAttemptStore(db), () => now);
  };
  afterEach(() => db.close());

  it('after 5 failures on an account, from addresses all different, each next one waits 1, 2, 4, 8, 16, then 30 s at most', async () => {
    const limits = limiter();
    const waits: number[] = [];
    for (let attempt = 0; attempt < 12; attempt++) {
      const address = `198.51.100.${attempt}`;
      const wait = await limits.begin(address, 'target@people.test');
      if (wait !== null) {
        waits.push(wait);
        now += wait * 1000;
        expect(await limits.begin(address, 'target@people.test')).toBeNull();
      }
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 30, 30]);
  });

  it('a success starts the account over', async () => {
    const limits = limiter();
    for (let attempt = 0; attempt < 5; attempt++) expect(await limits.begin(`203.0.113.${attempt}`, 'owner@people.test')).toBeNull();
    now += 1000;
    expect(await limits.begin('203.0.113.5', 'owner@people.test')).toBeNull();
    expect(await limits.begin('198.51.100.1', 'owner@people.test')).toBe(2);
    now += 2000;
    expect(await limits.begin('198.51.100.1', 'owner@people.test')).toBeNull();
    await limits.succeeded('198.51.100.1', 'owner@people.test');
    // Without the success this attempt would wait 4 s.
    expect(await limits.begin('198.51.100.1', 'owner@people.test')).toBeNull();
  });

  it('pruning drops only counters whose window has passed', async () => {
    const limits = limiter();
    await limits.begin('203.0.113.1', 'old@people.test');
    now += DEFAULT_LOGIN_RATE_LIMIT.windowMs;
    await limits.begin('203.0.113.2', 'new@people.test');
    await limits.prune();
    expect((db.prepare('SELECT count(*) AS n FROM login_attempts').get() as { n: number }).n).toBe(3);
  });
});
