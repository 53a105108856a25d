-- The all-plans export jobs (server/src/export/ExportJobs.ts), stored so that every instance
-- behind a load balancer answers a job's status and serves its ZIP, whichever one renders it.
-- A row lives until 30 minutes after its job ends, or until its owner's sixth job replaces the
-- oldest finished one; `updated_at` moves with each plan rendered, so a job whose instance died
-- is seen to have stopped. `insert_order` orders an owner's jobs (ties of created_at within one
-- millisecond), copied from the rowid by a trigger as in 0011.
CREATE TABLE export_jobs (
  id TEXT PRIMARY KEY,
  owner_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  language TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('running', 'done', 'failed')),
  done INTEGER NOT NULL DEFAULT 0,
  total INTEGER NOT NULL,
  zip BLOB,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  finished_at TEXT,
  insert_order INTEGER
);
CREATE INDEX export_jobs_owner ON export_jobs (owner_id, insert_order);
CREATE INDEX export_jobs_finished ON export_jobs (finished_at);
CREATE TRIGGER export_jobs_insert_order AFTER INSERT ON export_jobs BEGIN
  UPDATE export_jobs SET insert_order = NEW.rowid WHERE rowid = NEW.rowid;
END;
