/**
 * Storage of failed-attempt counters (sign-ins, invite acceptances), so limits survive a
 * restart. The rate limiters talk only to this interface; SQLite implements it here, and a
 * PostgreSQL version can follow (one transaction with `SELECT … FOR UPDATE` per update).
 *
 * Keys arrive already hashed (see `attemptKey`): no implementation ever sees an e-mail, a
 * client address or a token in clear.
 */
export interface AttemptStore {
  /**
   * Reads the counters of `keys` (absent ones are missing from the map), asks `decide` what to
   * store (null deletes) and what to answer, and stores it, as one atomic step: parallel
   * attempts on the same keys are serialised, so a burst never passes a check made before any
   * of it was counted. `decide` is pure and synchronous.
   */
  update<T>(keys: readonly string[], decide: (counters: ReadonlyMap<string, AttemptCounter>) => AttemptDecision<T>): Promise<T>;
  /** Forgets the counters under keys starting with `prefix` whose window started at or before `before`. */
  prune(prefix: string, before: number): Promise<void>;
}

/** Failed attempts under one key since its window started. Times are ms since the epoch. */
export interface AttemptCounter {
  failures: number;
  windowStartedAt: number;
  lastFailureAt: number;
}

export interface AttemptDecision<T> {
  /** The counters to store; null deletes one. Keys not listed stay as they are. */
  changes: ReadonlyMap<string, AttemptCounter | null>;
  answer: T;
}
