-- Migration 7 (issue 16): a digest of what each linking read (the
-- documents' and items' records, the options, the lexicons), so that `link`
-- with nothing changed since scores no pair again. NULL: linked before this
-- migration (the next `link` computes the links afresh).
ALTER TABLE link_runs ADD COLUMN inputs_digest TEXT;
