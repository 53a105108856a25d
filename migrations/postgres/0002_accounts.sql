-- PostgreSQL twin of ../0002_accounts.sql: accounts, the network and its cities, city roles,
-- sessions, invites and the audit log. Times are ISO-8601 UTC TEXT as in SQLite (same sort order,
-- same mappers); flags are BOOLEAN where SQLite keeps 0/1.

CREATE TABLE networks (
  slug TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  theme TEXT NOT NULL,
  lead_partner_city TEXT NOT NULL
);

CREATE TABLE cities (
  slug TEXT PRIMARY KEY,
  network_slug TEXT NOT NULL REFERENCES networks (slug),
  name TEXT NOT NULL,
  country TEXT NOT NULL,
  language TEXT NOT NULL,
  observers_can_comment BOOLEAN NOT NULL DEFAULT false
);

CREATE TABLE users (
  id TEXT PRIMARY KEY,
  -- stored lowercase so the unique index is case-insensitive in practice
  email TEXT NOT NULL UNIQUE CHECK (email = lower(email)),
  name TEXT NOT NULL,
  -- scrypt$N$r$p$salt$hash (see server/src/auth/passwords.ts); never a clear password
  password_hash TEXT NOT NULL,
  network_role TEXT CHECK (network_role IN ('admin', 'lead_partner')),
  created_at TEXT NOT NULL,
  disabled BOOLEAN NOT NULL DEFAULT false
);

CREATE TABLE memberships (
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  city_slug TEXT NOT NULL REFERENCES cities (slug),
  role TEXT NOT NULL CHECK (role IN ('coordinator', 'facilitator', 'member', 'observer')),
  joined_at TEXT NOT NULL,
  PRIMARY KEY (user_id, city_slug)
);
CREATE INDEX memberships_by_city ON memberships (city_slug, role);

-- Only a SHA-256 of the token is stored: a copy of the database does not sign anyone in.
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  -- absolute end; the idle limit is checked against last_seen_at
  expires_at TEXT NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);

CREATE TABLE invites (
  id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  city_slug TEXT NOT NULL REFERENCES cities (slug),
  role TEXT NOT NULL CHECK (role IN ('coordinator', 'facilitator', 'member', 'observer')),
  created_by TEXT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at TEXT,
  used_by TEXT REFERENCES users (id),
  revoked_at TEXT
);
CREATE INDEX invites_by_city ON invites (city_slug, created_at);

-- Append-only history; no foreign keys, so it outlives the accounts and rows it mentions.
CREATE TABLE audit_log (
  id BIGSERIAL PRIMARY KEY,
  at TEXT NOT NULL,
  actor_user_id TEXT,
  city_slug TEXT,
  action TEXT NOT NULL,
  subject_type TEXT NOT NULL,
  subject_id TEXT NOT NULL,
  -- JSON object as text (the same mapping as SQLite): what changed
  details TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_by_city ON audit_log (city_slug, id);
