import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openPostgresStorage } from '@iap/server/storage/postgres/openPostgresStorage';
import { ENGINES, useEngine } from '../support/engines.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(ENGINES)('the Storage bundle on %s', (name) => {
  const engine = useEngine(name);

  it('says which engine it is and answers a probe', async () => {
    const storage = engine().storage;
    expect(storage.engine).toBe(name);
    await expect(storage.probe()).resolves.toBeUndefined();
  });

  it('exclusively runs holders of one key one after another, even when one fails, and other keys alongside', async () => {
    const storage = engine().storage;
    const log: string[] = [];
    const hold = (label: string, ms: number, fail = false) => async () => {
      log.push(`${label}+`);
      await pause(ms);
      log.push(`${label}-`);
      if (fail) throw new Error(`${label} failed`);
      return label;
    };
    const first = storage.exclusively('seed', hold('a', 150, true));
    await pause(30);
    const second = storage.exclusively('seed', hold('b', 20));
    const other = storage.exclusively('other', hold('c', 20));
    await expect(first).rejects.toThrow('a failed');
    expect(await second).toBe('b');
    expect(await other).toBe('c');
    // c ran inside a's hold; b waited for a to finish.
    expect(log.indexOf('c+')).toBeLessThan(log.indexOf('a-'));
    expect(log.indexOf('b+')).toBeGreaterThan(log.indexOf('a-'));
    // The key is free again.
    expect(await storage.exclusively('seed', async () => 'again')).toBe('again');
  });
});

describe('the PostgreSQL Storage bundle', () => {
  const engine = useEngine('postgres');

  it('exclusively holds the lock for every instance on the database, not only this one', async () => {
    const otherPool = new pg.Pool({ connectionString: engine().postgresUrl!, max: 2 });
    const otherInstance = openPostgresStorage({ pool: otherPool, clock: () => Date.now() });
    try {
      const log: string[] = [];
      const first = engine().storage.exclusively('demo-seed', async () => {
        log.push('here+');
        await pause(200);
        log.push('here-');
      });
      await pause(50);
      await otherInstance.exclusively('demo-seed', async () => {
        log.push('there');
      });
      await first;
      expect(log).toEqual(['here+', 'here-', 'there']);
    } finally {
      await otherInstance.close();
    }
  });

  it('probe rejects when the database refuses to commit a write', async () => {
    const readOnly = new pg.Pool({ connectionString: engine().postgresUrl!, max: 1, options: '-c default_transaction_read_only=on' });
    const storage = openPostgresStorage({ pool: readOnly, clock: () => Date.now() });
    try {
      await expect(storage.probe()).rejects.toThrow(/read-only/);
    } finally {
      await storage.close();
    }
  });
});
