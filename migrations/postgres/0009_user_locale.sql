-- PostgreSQL twin of ../0009_user_locale.sql: the language a person chose for the interface.
ALTER TABLE users ADD COLUMN locale TEXT CHECK (locale IN ('en', 'pt', 'es', 'it', 'hu', 'ro', 'fi'));
