-- Migration 8 (issue 16): incremental linking. What a linking leaves for
-- the next one to compare against, so that `link` decides again only the
-- links a changed document can reach (docs/decisions.md, "Issue 16 —
-- incremental linking").

-- The document frequencies the stored links' term weights were computed
-- from (terms of two items or more; a phrase's key is its two stems, a
-- theme cue's a tab and its number), and how each word read in `why`.
-- Replaced by every full relink, kept by incremental ones.
CREATE TABLE link_basis (
  term  TEXT PRIMARY KEY,
  df    INTEGER NOT NULL,
  shown TEXT NOT NULL
);

-- Every document as last linked: a digest of its record and items, and its
-- place in the processing order (0 first). A document whose digest differs
-- (a new version, corrected metadata) or that is missing is changed.
CREATE TABLE linked_documents (
  doc_id   TEXT PRIMARY KEY,
  digest   TEXT NOT NULL,
  doc_rank INTEGER NOT NULL
);

-- Per run: 1 a full relink, 0 incremental (NULL: before this migration);
-- the items link_basis was counted over; the items of documents changed
-- since (stored or re-versioned), which decides when the next full relink
-- is due; the documents whose links the run decided.
ALTER TABLE link_runs ADD COLUMN full_relink INTEGER;
ALTER TABLE link_runs ADD COLUMN basis_items INTEGER;
ALTER TABLE link_runs ADD COLUMN changed_items INTEGER;
ALTER TABLE link_runs ADD COLUMN decided_documents INTEGER;

-- The links into one document, read and replaced by an incremental run.
CREATE INDEX links_to_ref ON links(to_ref);
