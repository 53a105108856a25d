import { describe, expect, it } from 'vitest';
import type { AttemptCounter, AttemptStore } from '@iap/server/auth/attempts/AttemptStore';
import { DEFAULT_LOGIN_RATE_LIMIT, LoginRateLimiter } from '@iap/server/auth/LoginRateLimiter';
import { ENGINES, T0, useEngine } from '../support/engines.js';


/** One more failure under `key`; answers how many there were before it. */
const countFailure = (store: AttemptStore, key: string, now: number): Promise<number> =>
  store.update([key], (counters) => {
    const before = counters.get(key);
    const after: AttemptCounter = before ? { ...before, failures: before.failures + 1, lastFailureAt: now } : { failures: 1, windowStartedAt: now, lastFailureAt: now };
    return { changes: new Map([[key, after]]), answer: before?.failures ?? 0 };
  });

describe.each(ENGINES)('AttemptStore on %s', (name) => {
  const engine = useEngine(name);
  const attempts = (): AttemptStore => engine().storage.attempts;
  const readAll = (store: AttemptStore, keys: string[]) => store.update(keys, (counters) => ({ changes: new Map(), answer: new Map(counters) }));

  it('stores what decide returns, keeps the times to the millisecond, and deletes on null', async () => {
    const store = attempts();
    expect(await readAll(store, ['login:a', 'login:b'])).toEqual(new Map());
    const counter = { failures: 3, windowStartedAt: T0, lastFailureAt: T0 + 1_234 };
    const answer = await store.update(['login:a'], () => ({ changes: new Map([['login:a', counter]]), answer: 'stored' }));
    expect(answer).toBe('stored');
    expect(await readAll(store, ['login:a', 'login:b'])).toEqual(new Map([['login:a', counter]]));
    await store.update(['login:a'], () => ({ changes: new Map([['login:a', null]]), answer: null }));
    expect(await readAll(store, ['login:a'])).toEqual(new Map());
  });

  it('a decide that throws changes nothing', async () => {
    const store = attempts();
    await countFailure(store, 'login:a', T0);
    await expect(
      store.update(['login:a'], () => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect((await readAll(store, ['login:a'])).get('login:a')?.failures).toBe(1);
  });

  it('parallel updates of one key are serialised: none reads a count another has already raised', async () => {
    const store = attempts();
    const seen = await Promise.all(Array.from({ length: 12 }, () => countFailure(store, 'login:burst', T0)));
    expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, index) => index));
    expect((await readAll(store, ['login:burst'])).get('login:burst')?.failures).toBe(12);
  });

  it('prune forgets only the counters under the prefix whose window started at or before the limit', async () => {
    const store = attempts();
    await countFailure(store, 'login:old', T0);
    await countFailure(store, 'login:new', T0 + 1);
    await countFailure(store, 'invite:old', T0);
    await store.prune('login:', T0);
    expect([...(await readAll(store, ['login:old', 'login:new', 'invite:old'])).keys()].sort()).toEqual(['invite:old', 'login:new']);
  });
});

describe.each(ENGINES)('LoginRateLimiter on %s', (name) => {
  const engine = useEngine(name);
  let now = T0;
  const limiter = (): LoginRateLimiter => {
    now = T0;
    return new LoginRateLimiter(DEFAULT_LOGIN_RATE_LIMIT, engine().storage.attempts, () => now);
  };

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
    const [row] = await engine().query<{ n: number | string }>('SELECT count(*) AS n FROM login_attempts');
    expect(Number(row?.n)).toBe(3);
  });
});
