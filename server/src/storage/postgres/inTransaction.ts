import type pg from 'pg';

/** Thrown by `rollingBack` inside `inTransaction`'s work: roll back, and resolve with `value`. */
class RollBack {
  constructor(readonly value: unknown) {}
}

/**
 * Ends the transaction of `inTransaction` with a rollback that is not an error: a check inside a
 * unit of work failed after it had written something (a new account, say), and the caller gets
 * `value` (a result such as `{ outcome: 'not_usable' }`) with nothing written.
 */
export function rollingBack<T>(value: T): never {
  throw new RollBack(value);
}

/**
 * Runs `work` in one transaction on a client of its own from the pool: committed when it
 * resolves, rolled back when it throws. The one place the PostgreSQL stores BEGIN and COMMIT.
 */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(begin);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    if (error instanceof RollBack) return error.value as T;
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Takes transaction-scoped advisory locks on `names` (released at commit or rollback), in one
 * order for every caller so two transactions locking overlapping sets cannot deadlock.
 */
export async function lockNames(client: pg.PoolClient, names: readonly string[]): Promise<void> {
  await client.query(
    `SELECT pg_advisory_xact_lock(h) FROM (SELECT DISTINCT hashtextextended(n, 0) AS h FROM unnest($1::text[]) AS n ORDER BY 1) AS locks`,
    [names],
  );
}
