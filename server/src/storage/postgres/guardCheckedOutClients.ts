import type pg from 'pg';

const guardedPools = new WeakSet<pg.Pool>();
const guardedClients = new WeakSet<pg.PoolClient>();

/**
 * Keeps a lost PostgreSQL connection from ending the process. pg emits 'error' on a client whose
 * connection ends unexpectedly, and pg-pool takes its own listener off a client while it is
 * checked out: a database that goes away mid-transaction (a commit in flight, a held advisory
 * lock) would be an uncaught exception. The query in flight rejects with the same error anyway,
 * and the pool drops the dead client when it is released, so the event needs nothing more.
 * Idempotent; covers clients the pool made before it was called (it listens to every checkout).
 */
export function guardCheckedOutClients(pool: pg.Pool): void {
  if (guardedPools.has(pool)) return;
  guardedPools.add(pool);
  pool.on('acquire', (client) => {
    if (guardedClients.has(client)) return;
    guardedClients.add(client);
    client.on('error', () => undefined);
  });
}
