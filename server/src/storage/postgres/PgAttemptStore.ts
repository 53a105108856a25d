import type pg from 'pg';
import { isoAt } from '../../clock.js';
import type { AttemptCounter, AttemptDecision, AttemptStore } from '../../auth/attempts/AttemptStore.js';
import { inTransaction, lockNames } from './inTransaction.js';

interface CounterRow {
  key: string;
  failures: number;
  windowStartedAt: string;
  lastFailureAt: string;
}

/**
 * AttemptStore over PostgreSQL, shared by every instance. An update takes an advisory lock per
 * key before reading: a row lock (`FOR UPDATE`) cannot lock a counter that does not exist yet,
 * and the first failures of a burst are exactly those.
 */
export class PgAttemptStore implements AttemptStore {
  constructor(private readonly pool: pg.Pool) {}

  update<T>(keys: readonly string[], decide: (counters: ReadonlyMap<string, AttemptCounter>) => AttemptDecision<T>): Promise<T> {
    return inTransaction(this.pool, async (client) => {
      await lockNames(
        client,
        keys.map((key) => `attempt:${key}`),
      );
      const rows = await client.query<CounterRow>(
        `SELECT key, failures, window_started_at AS "windowStartedAt", last_failure_at AS "lastFailureAt"
         FROM login_attempts WHERE key = ANY($1::text[])`,
        [keys],
      );
      const counters = new Map<string, AttemptCounter>(
        rows.rows.map((row) => [row.key, { failures: row.failures, windowStartedAt: Date.parse(row.windowStartedAt), lastFailureAt: Date.parse(row.lastFailureAt) }]),
      );
      const { changes, answer } = decide(counters);
      for (const [key, counter] of changes) {
        if (counter) {
          await client.query(
            `INSERT INTO login_attempts (key, failures, window_started_at, last_failure_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (key) DO UPDATE SET failures = excluded.failures,
               window_started_at = excluded.window_started_at, last_failure_at = excluded.last_failure_at`,
            [key, counter.failures, isoAt(counter.windowStartedAt), isoAt(counter.lastFailureAt)],
          );
        } else {
          await client.query('DELETE FROM login_attempts WHERE key = $1', [key]);
        }
      }
      return answer;
    });
  }

  async prune(prefix: string, before: number): Promise<void> {
    await this.pool.query('DELETE FROM login_attempts WHERE window_started_at <= $1 AND substr(key, 1, length($2)) = $2', [isoAt(before), prefix]);
  }
}
