-- Row order that SQLite took from rowid becomes explicit, so that PostgreSQL sorts the same way
-- (STORAGE-CONTRACT.md rule 5). Existing rows keep the order they had.

-- The order cities are listed in: their index in the seeded network (the lead partner first).
ALTER TABLE cities ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
UPDATE cities SET position = rowid;

-- Ties of created_at (two rows of the same millisecond) are broken by the order they were written in:
-- each insert takes a seq above every existing row of its table.
ALTER TABLE comment_threads ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
UPDATE comment_threads SET seq = rowid;
ALTER TABLE comments ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
UPDATE comments SET seq = rowid;
CREATE INDEX comment_threads_by_seq ON comment_threads (seq);
CREATE INDEX comments_by_seq ON comments (seq);
