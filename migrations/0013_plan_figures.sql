-- The dashboard's read model: each plan's figures with the sequence number of the last commit
-- they include. Never read without checking that the document store has nothing newer, so a
-- restart does not decode every plan, and a row that fell behind is simply computed again.
-- `model` is the version of the code that computed the figures: a new way of counting
-- invalidates every row at once.
CREATE TABLE plan_figures (
  document_name TEXT PRIMARY KEY,
  seq INTEGER NOT NULL,
  model INTEGER NOT NULL,
  figures TEXT NOT NULL
);
