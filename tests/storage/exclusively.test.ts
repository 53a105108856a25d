import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStorage, type SqliteStorage } from '@iap/server/storage/sqlite/openSqliteStorage';

/** A promise and the function that settles it, to hold a holder of the lock where the test wants it. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

// SQLite's `exclusively` is an in-process queue per key (one process holds the file); the demo
// seed relies on it to check "nothing seeded yet" with no other seed in between.
describe('Storage.exclusively on sqlite', () => {
  let dir: string;
  let storage: SqliteStorage;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iap-exclusively-'));
    storage = openSqliteStorage({ dataDir: dir, clock: Date.now });
  });

  afterEach(async () => {
    await storage.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('runs works under one key one after the other, in the order they asked, and answers each its own result', async () => {
    const steps: string[] = [];
    const first = gate();
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
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(steps).toEqual(['one starts']);
    first.open();
    expect(await Promise.all([one, two])).toEqual([1, 2]);
    expect(steps).toEqual(['one starts', 'one ends', 'two runs']);
  });

  it('a work that fails releases the lock, and its caller gets the failure', async () => {
    const failing = storage.exclusively('demo-seed', () => Promise.reject(new Error('seed failed')));
    const next = storage.exclusively('demo-seed', async () => 'ran');
    await expect(failing).rejects.toThrow('seed failed');
    expect(await next).toBe('ran');
  });

  it('works under different keys do not wait for each other', async () => {
    const held = gate();
    const holding = storage.exclusively('a', () => held.opened);
    expect(await storage.exclusively('b', async () => 'b ran')).toBe('b ran');
    held.open();
    await holding;
  });
});
