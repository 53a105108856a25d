-- PostgreSQL twin of ../0001_documents.sql (the SQLite migrations): Yjs documents as a compacted
-- snapshot plus an append-only log. seq is the commit order across the store; appends to one
-- document are serialized by an advisory lock, so a document's seqs increase in commit order.
CREATE TABLE document_snapshots (
  name TEXT PRIMARY KEY,
  state BYTEA NOT NULL,
  seq BIGINT NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE document_updates (
  seq BIGSERIAL PRIMARY KEY,
  name TEXT NOT NULL,
  data BYTEA NOT NULL,
  created_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX document_updates_by_name ON document_updates (name, seq);
