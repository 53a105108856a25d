-- Counters of failed sign-ins and invite acceptances (server/src/auth/attempts/), kept here so a
-- restart does not hand an attacker a fresh allowance. One row per counter and window; `key` is
-- the counter's scope and a SHA-256 of what it counts (an e-mail, a client address, an invite
-- token), never the value in clear. Rows are pruned once their window has passed.
CREATE TABLE login_attempts (
  key TEXT PRIMARY KEY,
  failures INTEGER NOT NULL CHECK (failures >= 0),
  window_started_at TEXT NOT NULL,
  last_failure_at TEXT NOT NULL
);
CREATE INDEX login_attempts_by_window ON login_attempts (window_started_at);
