-- Migration 4 (issue 14): the paper's own type and decision number on every
-- stored version. A store made before keeps its papers as "other" with no
-- decision number until they are ingested again.
ALTER TABLE versions ADD COLUMN doc_type TEXT NOT NULL DEFAULT 'other';
ALTER TABLE versions ADD COLUMN decision_number TEXT;
