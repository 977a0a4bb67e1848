-- Migration 1, SQLite: the schema as it stood before stores were versioned.
-- IF NOT EXISTS throughout, so that a store made before versioning (user_version
-- 0) takes it as it is. docs/schema.md describes every table.

CREATE TABLE IF NOT EXISTS documents (
  id      INTEGER PRIMARY KEY,
  doc_id  TEXT NOT NULL UNIQUE
);

-- One row per stored source file; the newest version of a document is the
-- one reads and exports see. sha256 is unique: a file is stored once.
CREATE TABLE IF NOT EXISTS versions (
  id          INTEGER PRIMARY KEY,
  document    INTEGER NOT NULL REFERENCES documents(id),
  version     INTEGER NOT NULL,
  sha256      TEXT NOT NULL UNIQUE,
  title       TEXT NOT NULL,
  publisher   TEXT NOT NULL,
  date        TEXT NOT NULL,
  plan_cycle  TEXT NOT NULL,
  format      TEXT NOT NULL,
  source      TEXT NOT NULL,
  pages       INTEGER NOT NULL,
  ingested_at TEXT NOT NULL,
  UNIQUE (document, version)
);

CREATE TABLE IF NOT EXISTS alternate_sources (
  version INTEGER NOT NULL REFERENCES versions(id),
  seq     INTEGER NOT NULL,
  format  TEXT NOT NULL,
  path    TEXT NOT NULL,
  sha256  TEXT,
  PRIMARY KEY (version, seq)
);

CREATE TABLE IF NOT EXISTS items (
  id         INTEGER PRIMARY KEY,
  version    INTEGER NOT NULL REFERENCES versions(id),
  seq        INTEGER NOT NULL,
  item_id    TEXT NOT NULL,
  kind       TEXT NOT NULL,
  section    TEXT,
  text       TEXT NOT NULL,
  status_raw TEXT,
  status     TEXT,
  UNIQUE (version, seq)
);

CREATE TABLE IF NOT EXISTS actions (
  item INTEGER NOT NULL REFERENCES items(id), seq INTEGER NOT NULL, text TEXT NOT NULL,
  PRIMARY KEY (item, seq));
CREATE TABLE IF NOT EXISTS deliverables (
  item INTEGER NOT NULL REFERENCES items(id), seq INTEGER NOT NULL, text TEXT NOT NULL,
  PRIMARY KEY (item, seq));
CREATE TABLE IF NOT EXISTS updates (
  item INTEGER NOT NULL REFERENCES items(id), seq INTEGER NOT NULL, text TEXT NOT NULL,
  as_of TEXT, latest INTEGER NOT NULL,
  PRIMARY KEY (item, seq));
CREATE TABLE IF NOT EXISTS owners (
  item INTEGER NOT NULL REFERENCES items(id), seq INTEGER NOT NULL,
  raw TEXT NOT NULL, title TEXT NOT NULL, interim INTEGER NOT NULL,
  PRIMARY KEY (item, seq));
CREATE INDEX IF NOT EXISTS owners_title ON owners(title);
CREATE TABLE IF NOT EXISTS dates (
  item INTEGER NOT NULL REFERENCES items(id), seq INTEGER NOT NULL,
  raw TEXT NOT NULL, role TEXT NOT NULL, start_date TEXT NOT NULL, end_date TEXT,
  precision TEXT NOT NULL,
  PRIMARY KEY (item, seq));
CREATE INDEX IF NOT EXISTS dates_due ON dates(role, end_date);
CREATE TABLE IF NOT EXISTS amounts (
  item INTEGER NOT NULL REFERENCES items(id), seq INTEGER NOT NULL,
  raw TEXT NOT NULL, value_gbp INTEGER NOT NULL, period TEXT, approximate INTEGER NOT NULL,
  kind TEXT NOT NULL,
  PRIMARY KEY (item, seq));
CREATE TABLE IF NOT EXISTS provenance (
  item INTEGER NOT NULL REFERENCES items(id), seq INTEGER NOT NULL,
  page INTEGER NOT NULL, x0 REAL, top REAL, x1 REAL, bottom REAL, table_id TEXT, row_no INTEGER,
  PRIMARY KEY (item, seq));

-- Filled by the linking stage (themes of docs/records.md); read by
-- `plantrace query --theme`.
CREATE TABLE IF NOT EXISTS item_themes (
  item INTEGER NOT NULL REFERENCES items(id), theme TEXT NOT NULL,
  PRIMARY KEY (item, theme));

CREATE TABLE IF NOT EXISTS links (
  id       INTEGER PRIMARY KEY,
  from_ref TEXT NOT NULL,  -- "doc_id#item_id", the earlier document
  to_ref   TEXT NOT NULL,
  relation TEXT NOT NULL,
  score    REAL NOT NULL,
  UNIQUE (from_ref, to_ref)
);
CREATE TABLE IF NOT EXISTS link_reasons (
  link INTEGER NOT NULL REFERENCES links(id), seq INTEGER NOT NULL, text TEXT NOT NULL,
  PRIMARY KEY (link, seq));

-- Full text over an item's text, actions, deliverables and updates;
-- rowid = items.id. Porter stems English words ("reviewing" finds "review").
CREATE VIRTUAL TABLE IF NOT EXISTS item_fts USING fts5(
  text, actions, deliverables, updates, tokenize = 'porter unicode61');
