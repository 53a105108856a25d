-- PostgreSQL twin of ../0012_workshop_follow_groups_invites.sql: same tables, same columns.
ALTER TABLE workshops ADD COLUMN follow_me BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE workshops ADD COLUMN invited_stakeholder_ids TEXT NOT NULL DEFAULT '[]';
ALTER TABLE workshop_participants ADD COLUMN removed_at TEXT;
ALTER TABLE workshop_participants ADD COLUMN stakeholder_id TEXT;
ALTER TABLE workshop_ideas ADD COLUMN group_label TEXT;
