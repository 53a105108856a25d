import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openPostgresStorage } from '@iap/server/storage/postgres/openPostgresStorage';
import { ENGINES, useEngine } from '../support/engines.js';

/** A promise and the function that settles it, to hold a holder of the lock where the test wants it. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/** Resolves once `steps` holds `step` (a holder over PostgreSQL first takes a connection and the lock). */
async function reached(steps: string[], step: string): Promise<void> {
  while (!steps.includes(step)) await new Promise((resolve) => setTimeout(resolve, 5));
}

// SQLite's `exclusively` is an in-process queue per key (one process holds the file); PostgreSQL's
// an advisory lock held on a connection of its own, shared by every instance on the database. The
// demo seed relies on it to check "nothing seeded yet" with no other seed in between.
describe.each(ENGINES)('Storage.exclusively on %s', (name) => {
  const engine = useEngine(name);

  it('runs works under one key one after the other, in the order they asked, and answers each its own result', async () => {
    const steps: string[] = [];
    const first = gate();
    const storage = engine().storage;
    const one = storage.exclusively('demo-seed', async () => {
      steps.push('one starts');
      await first.opened;
      steps.push('one ends');
      return 1;
    });
    const two = storage.exclusively('demo-seed', async () => {
      steps.push('two runs');
      return 2;
    });
    await reached(steps, 'one starts');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(steps).toEqual(['one starts']);
    first.open();
    expect(await Promise.all([one, two])).toEqual([1, 2]);
    expect(steps).toEqual(['one starts', 'one ends', 'two runs']);
  });

  it('a work that fails releases the lock, and its caller gets the failure', async () => {
    const storage = engine().storage;
    const failing = storage.exclusively('demo-seed', () => Promise.reject(new Error('seed failed')));
    const next = storage.exclusively('demo-seed', async () => 'ran');
    await expect(failing).rejects.toThrow('seed failed');
    expect(await next).toBe('ran');
  });

  it('works under different keys do not wait for each other', async () => {
    const storage = engine().storage;
    const held = gate();
    const holding = storage.exclusively('a', () => held.opened);
    expect(await storage.exclusively('b', async () => 'b ran')).toBe('b ran');
    held.open();
    await holding;
  });
});

describe('Storage.exclusively on postgres, across instances', () => {
  const engine = useEngine('postgres');

  it('a second instance on the same database waits for the holder on the first', async () => {
    const otherInstance = openPostgresStorage({ pool: new pg.Pool({ connectionString: engine().postgresUrl!, max: 2 }), clock: Date.now });
    try {
      const steps: string[] = [];
      const held = gate();
      const here = engine().storage.exclusively('demo-seed', async () => {
        steps.push('here starts');
        await held.opened;
        steps.push('here ends');
      });
      await reached(steps, 'here starts');
      const there = otherInstance.exclusively('demo-seed', async () => void steps.push('there runs'));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(steps).toEqual(['here starts']);
      held.open();
      await Promise.all([here, there]);
      expect(steps).toEqual(['here starts', 'here ends', 'there runs']);
    } finally {
      await otherInstance.close();
    }
  });
});
