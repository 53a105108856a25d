-- PostgreSQL twin of ../0004_comments.sql: comment threads on IAP documents, anchored to a range
-- of the rich text by two opaque Yjs relative positions (base64), or to an action id.
CREATE TABLE comment_threads (
  id TEXT PRIMARY KEY,
  document_name TEXT NOT NULL,
  city_slug TEXT NOT NULL REFERENCES cities (slug),
  anchor_kind TEXT NOT NULL CHECK (anchor_kind IN ('text', 'action')),
  anchor_start TEXT,
  anchor_end TEXT,
  -- the selected text when the thread was opened, shown if the anchor is later deleted
  anchor_quote TEXT,
  anchor_action_id TEXT,
  created_by TEXT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL,
  resolved_at TEXT,
  resolved_by TEXT REFERENCES users (id),
  CHECK (
    (anchor_kind = 'text' AND anchor_start IS NOT NULL AND anchor_end IS NOT NULL AND anchor_action_id IS NULL)
    OR (anchor_kind = 'action' AND anchor_action_id IS NOT NULL AND anchor_start IS NULL AND anchor_end IS NULL)
  )
);
CREATE INDEX comment_threads_by_document ON comment_threads (document_name, created_at);

-- The first comment of a thread has the thread's id. A deleted comment keeps its row (the
-- thread keeps its shape) but loses its text.
CREATE TABLE comments (
  id TEXT PRIMARY KEY,
  thread_id TEXT NOT NULL REFERENCES comment_threads (id),
  author_id TEXT NOT NULL REFERENCES users (id),
  body TEXT NOT NULL,
  -- JSON array (as text, the same mapping as SQLite) of the user ids named in the body
  mentions TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL,
  edited_at TEXT,
  deleted_at TEXT
);
CREATE INDEX comments_by_thread ON comments (thread_id, created_at);
