-- PostgreSQL twin of ../0008_workshops.sql: workshop sessions of a ULG (issue 15).
CREATE TABLE workshops (
  id TEXT PRIMARY KEY,
  city_slug TEXT NOT NULL,
  title TEXT NOT NULL,
  starts_at TEXT NOT NULL,
  place TEXT,
  allow_guests BOOLEAN NOT NULL DEFAULT false,
  -- JSON array (as text) of { title, minutes, sectionId? }: written once at creation
  agenda TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('planned', 'running', 'ended')),
  current_item INTEGER NOT NULL DEFAULT 0,
  join_code TEXT NOT NULL,
  -- The countdown: while running, when it reaches zero; while stopped, what is left of it.
  timer_ends_at TEXT,
  timer_remaining_ms INTEGER NOT NULL,
  created_by TEXT REFERENCES users (id),
  created_at TEXT NOT NULL,
  started_at TEXT,
  ended_at TEXT,
  start_version_id TEXT REFERENCES document_versions (id),
  end_version_id TEXT REFERENCES document_versions (id)
);
CREATE INDEX workshops_by_city ON workshops (city_slug, starts_at);
-- A join code names one session that is not over; an ended session's code may be drawn again.
CREATE UNIQUE INDEX workshops_active_join_code ON workshops (join_code) WHERE status <> 'ended';

CREATE TABLE workshop_participants (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops (id),
  user_id TEXT REFERENCES users (id),
  name TEXT NOT NULL,
  guest BOOLEAN NOT NULL,
  token_hash TEXT UNIQUE,
  joined_at TEXT NOT NULL,
  UNIQUE (workshop_id, user_id)
);

CREATE TABLE workshop_ideas (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops (id),
  item_index INTEGER NOT NULL,
  participant_id TEXT NOT NULL REFERENCES workshop_participants (id),
  anonymous BOOLEAN NOT NULL,
  text TEXT NOT NULL,
  created_at TEXT NOT NULL,
  action_id TEXT
);
CREATE INDEX workshop_ideas_by_workshop ON workshop_ideas (workshop_id, created_at);

CREATE TABLE workshop_polls (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops (id),
  question TEXT NOT NULL,
  votes_per_person INTEGER NOT NULL,
  closes_at TEXT,
  closed_at TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX workshop_polls_by_workshop ON workshop_polls (workshop_id, created_at);

CREATE TABLE workshop_poll_options (
  id TEXT PRIMARY KEY,
  poll_id TEXT NOT NULL REFERENCES workshop_polls (id),
  position INTEGER NOT NULL,
  label TEXT NOT NULL,
  idea_id TEXT,
  action_id TEXT
);

CREATE TABLE workshop_votes (
  id TEXT PRIMARY KEY,
  poll_id TEXT NOT NULL REFERENCES workshop_polls (id),
  option_id TEXT NOT NULL REFERENCES workshop_poll_options (id),
  participant_id TEXT NOT NULL REFERENCES workshop_participants (id),
  created_at TEXT NOT NULL
);
CREATE INDEX workshop_votes_by_voter ON workshop_votes (poll_id, participant_id);

CREATE TABLE workshop_decisions (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops (id),
  text TEXT NOT NULL,
  action_ids TEXT NOT NULL,
  item_index INTEGER NOT NULL,
  created_at TEXT NOT NULL
);
