-- Migration 3, SQLite: what `plantrace fetch` remembers per URL (issue 18)
-- and the runs of `ingest` / `fetch` that stored something.

-- What `plantrace fetch` remembers per URL: the validators (ETag,
-- Last-Modified) of its next conditional request, and the document it became.
CREATE TABLE fetched_urls (
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
CREATE TABLE runs (
  id           INTEGER PRIMARY KEY,
  command      TEXT NOT NULL,
  started_at   TEXT NOT NULL,
  finished_at  TEXT NOT NULL,
  from_version INTEGER NOT NULL,
  to_version   INTEGER NOT NULL
);
