-- PostgreSQL twin of ../0005_login_attempts.sql: counters of failed sign-ins and invite
-- acceptances. `key` is the counter's scope and a SHA-256 of what it counts, never the value.
CREATE TABLE login_attempts (
  key TEXT PRIMARY KEY,
  failures INTEGER NOT NULL CHECK (failures >= 0),
  window_started_at TEXT NOT NULL,
  last_failure_at TEXT NOT NULL
);
CREATE INDEX login_attempts_by_window ON login_attempts (window_started_at);
