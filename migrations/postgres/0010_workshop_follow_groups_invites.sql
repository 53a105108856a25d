-- PostgreSQL twin of ../0010_workshop_follow_groups_invites.sql: same tables, same columns.
-- IF EXISTS: until the twin of 0008 (the workshop tables) lands, these are no-ops, not errors.
ALTER TABLE IF EXISTS workshops ADD COLUMN follow_me BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE IF EXISTS workshops ADD COLUMN invited_stakeholder_ids TEXT NOT NULL DEFAULT '[]';
ALTER TABLE IF EXISTS workshop_participants ADD COLUMN removed_at TEXT;
ALTER TABLE IF EXISTS workshop_participants ADD COLUMN stakeholder_id TEXT;
ALTER TABLE IF EXISTS workshop_ideas ADD COLUMN group_label TEXT;
