-- Yjs documents: a compacted snapshot plus an append-only log of updates since it.
-- The log is the durability boundary: an update is broadcast only after its row commits.
CREATE TABLE document_snapshots (
  name TEXT PRIMARY KEY,
  state BLOB NOT NULL,
  -- the highest document_updates.seq folded into state
  seq INTEGER NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE document_updates (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  data BLOB NOT NULL,
  created_at TEXT NOT NULL
);

CREATE INDEX document_updates_by_name ON document_updates (name, seq);
