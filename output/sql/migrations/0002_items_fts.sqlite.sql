-- Migration 2, SQLite: full text that sqlite-utils and Datasette find on their
-- own, an FTS5 table `items_fts` whose content is the `items` table, kept in
-- sync by triggers. FTS5 reads an external-content table's columns by name,
-- so the lists it searches become newline-joined columns of `items` (the
-- list tables stay the records; these columns are copies for search).
ALTER TABLE items ADD COLUMN actions TEXT NOT NULL DEFAULT '';
ALTER TABLE items ADD COLUMN deliverables TEXT NOT NULL DEFAULT '';
ALTER TABLE items ADD COLUMN updates TEXT NOT NULL DEFAULT '';
UPDATE items SET
  actions = COALESCE((SELECT GROUP_CONCAT(text, char(10)) FROM
    (SELECT text FROM actions WHERE item = items.id ORDER BY seq)), ''),
  deliverables = COALESCE((SELECT GROUP_CONCAT(text, char(10)) FROM
    (SELECT text FROM deliverables WHERE item = items.id ORDER BY seq)), ''),
  updates = COALESCE((SELECT GROUP_CONCAT(text, char(10)) FROM
    (SELECT text FROM updates WHERE item = items.id ORDER BY seq)), '');

DROP TABLE IF EXISTS item_fts;
-- rowid = items.id. Porter stems English words ("reviewing" finds "review").
CREATE VIRTUAL TABLE items_fts USING fts5(
  text, actions, deliverables, updates,
  content="items", content_rowid="id", tokenize = 'porter unicode61');
INSERT INTO items_fts(items_fts) VALUES ('rebuild');

CREATE TRIGGER items_fts_insert AFTER INSERT ON items BEGIN
  INSERT INTO items_fts(rowid, text, actions, deliverables, updates)
  VALUES (new.id, new.text, new.actions, new.deliverables, new.updates);
END;
CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN
  INSERT INTO items_fts(items_fts, rowid, text, actions, deliverables, updates)
  VALUES ('delete', old.id, old.text, old.actions, old.deliverables, old.updates);
END;
CREATE TRIGGER items_fts_update AFTER UPDATE ON items BEGIN
  INSERT INTO items_fts(items_fts, rowid, text, actions, deliverables, updates)
  VALUES ('delete', old.id, old.text, old.actions, old.deliverables, old.updates);
  INSERT INTO items_fts(rowid, text, actions, deliverables, updates)
  VALUES (new.id, new.text, new.actions, new.deliverables, new.updates);
END;
