-- Like 0010 for cities and comments: the order rows were inserted in, as a column both engines
-- have (PostgreSQL has no rowid), for the lists of versions, notifications and workshops that
-- SQLite ordered by rowid (ties of created_at within one millisecond). The database numbers rows
-- itself, here with a trigger copying the rowid, in PostgreSQL with an identity column, so no
-- INSERT names it.

ALTER TABLE notifications ADD COLUMN insert_order INTEGER;
UPDATE notifications SET insert_order = rowid;
CREATE TRIGGER notifications_insert_order AFTER INSERT ON notifications BEGIN
  UPDATE notifications SET insert_order = NEW.rowid WHERE rowid = NEW.rowid;
END;

ALTER TABLE document_versions ADD COLUMN insert_order INTEGER;
UPDATE document_versions SET insert_order = rowid;
CREATE TRIGGER document_versions_insert_order AFTER INSERT ON document_versions BEGIN
  UPDATE document_versions SET insert_order = NEW.rowid WHERE rowid = NEW.rowid;
END;

ALTER TABLE workshop_participants ADD COLUMN insert_order INTEGER;
UPDATE workshop_participants SET insert_order = rowid;
CREATE TRIGGER workshop_participants_insert_order AFTER INSERT ON workshop_participants BEGIN
  UPDATE workshop_participants SET insert_order = NEW.rowid WHERE rowid = NEW.rowid;
END;

ALTER TABLE workshop_ideas ADD COLUMN insert_order INTEGER;
UPDATE workshop_ideas SET insert_order = rowid;
CREATE TRIGGER workshop_ideas_insert_order AFTER INSERT ON workshop_ideas BEGIN
  UPDATE workshop_ideas SET insert_order = NEW.rowid WHERE rowid = NEW.rowid;
END;

ALTER TABLE workshop_polls ADD COLUMN insert_order INTEGER;
UPDATE workshop_polls SET insert_order = rowid;
CREATE TRIGGER workshop_polls_insert_order AFTER INSERT ON workshop_polls BEGIN
  UPDATE workshop_polls SET insert_order = NEW.rowid WHERE rowid = NEW.rowid;
END;

ALTER TABLE workshop_votes ADD COLUMN insert_order INTEGER;
UPDATE workshop_votes SET insert_order = rowid;
CREATE TRIGGER workshop_votes_insert_order AFTER INSERT ON workshop_votes BEGIN
  UPDATE workshop_votes SET insert_order = NEW.rowid WHERE rowid = NEW.rowid;
END;

ALTER TABLE workshop_decisions ADD COLUMN insert_order INTEGER;
UPDATE workshop_decisions SET insert_order = rowid;
CREATE TRIGGER workshop_decisions_insert_order AFTER INSERT ON workshop_decisions BEGIN
  UPDATE workshop_decisions SET insert_order = NEW.rowid WHERE rowid = NEW.rowid;
END;
