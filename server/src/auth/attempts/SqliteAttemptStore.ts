import type { Db } from '../../db/openDatabase.js';
import { isoAt } from '../../clock.js';
import type { AttemptCounter, AttemptDecision, AttemptStore } from './AttemptStore.js';

interface CounterRow {
  failures: number;
  windowStartedAt: string;
  lastFailureAt: string;
}

/**
 * AttemptStore over the `login_attempts` table (migration 0005). better-sqlite3 is synchronous,
 * so each update runs in one transaction with nothing interleaved, and every promise here is
 * already settled when returned.
 */
export class SqliteAttemptStore implements AttemptStore {
  private readonly selectRow;
  private readonly upsertRow;
  private readonly deleteRow;
  private readonly deleteOld;
  private readonly updateInTransaction;

  constructor(db: Db) {
    this.selectRow = db.prepare<[string], CounterRow>(
      `SELECT failures, window_started_at AS windowStartedAt, last_failure_at AS lastFailureAt
       FROM login_attempts WHERE key = ?`,
    );
    this.upsertRow = db.prepare<[string, number, string, string]>(
      `INSERT INTO login_attempts (key, failures, window_started_at, last_failure_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET failures = excluded.failures,
         window_started_at = excluded.window_started_at, last_failure_at = excluded.last_failure_at`,
    );
    this.deleteRow = db.prepare<[string]>('DELETE FROM login_attempts WHERE key = ?');
    this.deleteOld = db.prepare<[{ before: string; prefix: string }]>(
      'DELETE FROM login_attempts WHERE window_started_at <= @before AND substr(key, 1, length(@prefix)) = @prefix',
    );
    this.updateInTransaction = db.transaction(
      (keys: readonly string[], decide: (counters: ReadonlyMap<string, AttemptCounter>) => AttemptDecision<unknown>) => {
        const counters = new Map<string, AttemptCounter>();
        for (const key of keys) {
          const row = this.selectRow.get(key);
          if (row) counters.set(key, fromRow(row));
        }
        const { changes, answer } = decide(counters);
        for (const [key, counter] of changes) {
          if (counter) this.upsertRow.run(key, counter.failures, isoAt(counter.windowStartedAt), isoAt(counter.lastFailureAt));
          else this.deleteRow.run(key);
        }
        return answer;
      },
    );
  }

  update<T>(keys: readonly string[], decide: (counters: ReadonlyMap<string, AttemptCounter>) => AttemptDecision<T>): Promise<T> {
    try {
      return Promise.resolve(this.updateInTransaction(keys, decide) as T);
    } catch (error) {
      return Promise.reject(error as Error);
    }
  }

  prune(prefix: string, before: number): Promise<void> {
    this.deleteOld.run({ before: isoAt(before), prefix });
    return Promise.resolve();
  }
}

function fromRow(row: CounterRow): AttemptCounter {
  return { failures: row.failures, windowStartedAt: Date.parse(row.windowStartedAt), lastFailureAt: Date.parse(row.lastFailureAt) };
}
