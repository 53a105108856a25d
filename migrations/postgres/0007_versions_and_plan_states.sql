-- PostgreSQL twin of ../0007_versions_and_plan_states.sql: versions of documents (a full state,
-- or the delta from a base version), the state of each city's plan and its history.
CREATE TABLE document_versions (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('auto', 'named', 'state', 'restore', 'workshop')),
  label TEXT,
  author_id TEXT REFERENCES users (id),
  created_at TEXT NOT NULL,
  -- Y.encodeSnapshot of the version (state vector and delete set)
  snapshot BYTEA NOT NULL,
  base_id TEXT REFERENCES document_versions (id),
  -- rows from the last full state up to this one (1 for a full state)
  chain_length INTEGER NOT NULL,
  data BYTEA NOT NULL
);
CREATE INDEX document_versions_by_name ON document_versions (name, created_at);

-- The state of each city's plan; a plan without a row is a draft.
CREATE TABLE plan_states (
  document_name TEXT PRIMARY KEY,
  state TEXT NOT NULL CHECK (state IN ('draft', 'in_review', 'validated', 'submitted', 'final')),
  changed_at TEXT NOT NULL,
  changed_by TEXT REFERENCES users (id)
);

CREATE TABLE plan_state_changes (
  id BIGSERIAL PRIMARY KEY,
  document_name TEXT NOT NULL,
  from_state TEXT NOT NULL,
  to_state TEXT NOT NULL,
  note TEXT,
  changed_at TEXT NOT NULL,
  changed_by TEXT REFERENCES users (id),
  version_id TEXT REFERENCES document_versions (id)
);
CREATE INDEX plan_state_changes_by_document ON plan_state_changes (document_name, id);
