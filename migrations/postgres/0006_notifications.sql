-- PostgreSQL twin of ../0006_notifications.sql: in-app notifications, one row per person and comment.
CREATE TABLE notifications (
  id TEXT PRIMARY KEY,
  recipient_id TEXT NOT NULL REFERENCES users (id),
  kind TEXT NOT NULL CHECK (kind IN ('mention', 'reply')),
  comment_id TEXT NOT NULL REFERENCES comments (id),
  thread_id TEXT NOT NULL REFERENCES comment_threads (id),
  actor_id TEXT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL,
  read_at TEXT,
  UNIQUE (recipient_id, comment_id)
);
CREATE INDEX notifications_by_recipient ON notifications (recipient_id, created_at);
CREATE INDEX notifications_unread ON notifications (recipient_id) WHERE read_at IS NULL;
