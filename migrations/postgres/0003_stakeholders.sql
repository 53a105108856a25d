-- PostgreSQL twin of ../0003_stakeholders.sql: the stakeholder register of each city's ULG.
CREATE TABLE stakeholders (
  id TEXT PRIMARY KEY,
  city_slug TEXT NOT NULL REFERENCES cities (slug),
  name TEXT NOT NULL,
  organisation TEXT,
  sector TEXT NOT NULL CHECK (sector IN (
    'public_authority', 'business', 'civil_society', 'education_research', 'culture_creative', 'citizen'
  )),
  gender TEXT CHECK (gender IN ('female', 'male', 'non_binary', 'prefer_not_to_say')),
  importance INTEGER NOT NULL CHECK (importance BETWEEN 1 AND 5),
  influence INTEGER NOT NULL CHECK (influence BETWEEN 1 AND 5),
  contact TEXT,
  consent_to_be_listed BOOLEAN NOT NULL,
  linked_user_id TEXT REFERENCES users (id) ON DELETE SET NULL,
  created_by TEXT REFERENCES users (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX stakeholders_by_city ON stakeholders (city_slug, name);
