import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openPostgresStorage } from '@iap/server/storage/postgres/openPostgresStorage';
import { ENGINES, useEngine } from '../support/engines.js';

describe.each(ENGINES)('the Storage bundle on %s', (name) => {
  const engine = useEngine(name);

  it('says which engine it is and answers a probe', async () => {
    const storage = engine().storage;
    expect(storage.engine).toBe(name);
    await expect(storage.probe()).resolves.toBeUndefined();
  });
});

describe('the PostgreSQL Storage bundle', () => {
  const engine = useEngine('postgres');

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
