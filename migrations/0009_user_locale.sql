-- The language a person chose for the interface; NULL until they choose one, when the client
-- falls back to the browser's language, then the city's, then English.
ALTER TABLE users ADD COLUMN locale TEXT CHECK (locale IN ('en', 'pt', 'es', 'it', 'hu', 'ro', 'fi'));
