-- Migration 5, SQLite: each linking of the store, and the document versions
-- each stored link was computed from (issue 16), so that a link older than
-- the items it joins is never shown and `summary` can say links are stale.

-- One row per linking of the store (`link`, or `ingest` / `fetch` after
-- they stored something).
CREATE TABLE link_runs (
  id            INTEGER PRIMARY KEY,
  command       TEXT NOT NULL,     -- link | ingest | fetch
  linked_at     TEXT NOT NULL,     -- UTC
  min_score     REAL,              -- `link --min-score`; NULL: the linker's own thresholds
  to_version    INTEGER NOT NULL,  -- the highest versions.id linked
  links_kept    INTEGER NOT NULL,  -- stored rows left as they were
  links_added   INTEGER NOT NULL,
  links_removed INTEGER NOT NULL
);

-- versions.id of each side's document when the link was computed (NULL:
-- stored before this migration), and the link run that stored the row.
ALTER TABLE links ADD COLUMN from_version INTEGER;
ALTER TABLE links ADD COLUMN to_version INTEGER;
ALTER TABLE links ADD COLUMN link_run INTEGER;
