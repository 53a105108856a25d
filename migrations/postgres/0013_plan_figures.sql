-- PostgreSQL twin of ../0013_plan_figures.sql: the dashboard's read model, each plan's figures
-- with the sequence number of the last commit they include (checked against the store on read).
CREATE TABLE plan_figures (
  document_name TEXT PRIMARY KEY,
  seq BIGINT NOT NULL,
  model INTEGER NOT NULL,
  figures TEXT NOT NULL
);
