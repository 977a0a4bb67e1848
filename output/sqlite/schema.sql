-- plantrace store, SQLite dialect (docs/schema.md describes every table).
-- Applied by `plantrace ingest` on every open; idempotent.

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

-- What `plantrace fetch` remembers per URL: the validators (ETag,
-- Last-Modified) of its next conditional request, and the document it became.
CREATE TABLE IF NOT EXISTS fetched_urls (
  url           TEXT PRIMARY KEY,
  doc_id        TEXT NOT NULL,
  etag          TEXT NOT NULL,
  last_modified TEXT NOT NULL,
  sha256        TEXT NOT NULL,
  fetched_at    TEXT NOT NULL
);

-- Each `ingest` or `fetch` run that stored something, recorded after it
-- linked the store: it covers the versions with from_version < id <=
-- to_version (those of runs killed before recording themselves included).
-- Versions above the last to_version mean the links are stale.
CREATE TABLE IF NOT EXISTS runs (
  id           INTEGER PRIMARY KEY,
  command      TEXT NOT NULL,
  started_at   TEXT NOT NULL,
  finished_at  TEXT NOT NULL,
  from_version INTEGER NOT NULL,
  to_version   INTEGER NOT NULL
);

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

-- Views for analysts: the newest version of every document only.
CREATE VIEW IF NOT EXISTS v_documents AS
SELECT d.doc_id, v.id AS version_id, v.version,
       (SELECT COUNT(*) FROM versions w WHERE w.document = d.id) AS versions,
       v.title, v.publisher, v.date, v.plan_cycle, v.sha256, v.format, v.source, v.pages,
       (SELECT COUNT(*) FROM items i WHERE i.version = v.id) AS items,
       (SELECT GROUP_CONCAT(a.path, '; ') FROM alternate_sources a WHERE a.version = v.id)
         AS alternates
FROM documents d
JOIN versions v ON v.document = d.id
WHERE v.version = (SELECT MAX(w.version) FROM versions w WHERE w.document = d.id);

CREATE VIEW IF NOT EXISTS v_items AS
SELECT d.doc_id, i.item_id, i.seq, i.kind, i.section, i.text, i.status, i.status_raw,
       d.plan_cycle, d.date AS doc_date,
       (SELECT GROUP_CONCAT(o.title, '; ') FROM (SELECT title FROM owners
          WHERE item = i.id ORDER BY seq) o) AS owners,
       (SELECT MIN(t.start_date) FROM dates t WHERE t.item = i.id AND t.role = 'due') AS due_start,
       (SELECT MIN(COALESCE(t.end_date, t.start_date)) FROM dates t
          WHERE t.item = i.id AND t.role = 'due') AS due_end,
       i.id AS item_row
FROM items i JOIN v_documents d ON i.version = d.version_id;

CREATE VIEW IF NOT EXISTS v_owners AS
SELECT vi.doc_id, vi.item_id, o.seq, o.title, o.raw, o.interim, vi.kind, vi.text, vi.status
FROM v_items vi JOIN owners o ON o.item = vi.item_row;

CREATE VIEW IF NOT EXISTS v_due AS
SELECT vi.doc_id, vi.item_id, t.raw AS due_raw, t.start_date AS due_start,
       COALESCE(t.end_date, t.start_date) AS due_end, t.precision, vi.owners, vi.status,
       vi.text
FROM v_items vi JOIN dates t ON t.item = vi.item_row AND t.role = 'due';

CREATE VIEW IF NOT EXISTS v_links AS
SELECT l.from_ref, l.to_ref, l.relation, l.score,
       (SELECT GROUP_CONCAT(r.text, '; ') FROM (SELECT text FROM link_reasons
          WHERE link = l.id ORDER BY seq) r) AS why
FROM links l;
