-- Migration 2, PostgreSQL: the searched lists as columns of `items` (as in
-- SQLite) and the full text as a stored English tsvector on `items` itself,
-- with a GIN index named `items_fts`: computed by the database, so always in
-- sync. Replaces the separate `item_fts` table and the schema fingerprint
-- table that stood before versions.
ALTER TABLE items ADD COLUMN actions TEXT NOT NULL DEFAULT '';
ALTER TABLE items ADD COLUMN deliverables TEXT NOT NULL DEFAULT '';
ALTER TABLE items ADD COLUMN updates TEXT NOT NULL DEFAULT '';
UPDATE items i SET
  actions = COALESCE((SELECT string_agg(a.text, E'\n' ORDER BY a.seq) FROM actions a
                      WHERE a.item = i.id), ''),
  deliverables = COALESCE((SELECT string_agg(d.text, E'\n' ORDER BY d.seq) FROM deliverables d
                           WHERE d.item = i.id), ''),
  updates = COALESCE((SELECT string_agg(u.text, E'\n' ORDER BY u.seq) FROM updates u
                      WHERE u.item = i.id), '');
DROP TABLE IF EXISTS item_fts;
DROP TABLE IF EXISTS plantrace_schema;
ALTER TABLE items ADD COLUMN fts tsvector GENERATED ALWAYS AS (to_tsvector('english',
  text || ' ' || actions || ' ' || deliverables || ' ' || updates)) STORED;
CREATE INDEX items_fts ON items USING gin(fts);
