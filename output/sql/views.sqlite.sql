-- Views for analysts, SQLite: the newest version of every document only.
-- Not a migration: dropped and created again after any migration runs (the
-- migration runner finds the names in the CREATE VIEW lines), so this file
-- always holds each view's current definition. Change a view here AND add a
-- migration (a comment is enough) so that existing stores re-create it.

CREATE VIEW v_documents AS
SELECT d.doc_id, v.id AS version_id, v.version,
       (SELECT COUNT(*) FROM versions w WHERE w.document = d.id) AS versions,
       v.title, v.publisher, v.date, v.plan_cycle, v.sha256, v.format, v.source, v.pages,
       v.doc_type, v.decision_number,
       (SELECT COUNT(*) FROM items i WHERE i.version = v.id) AS items,
       (SELECT GROUP_CONCAT(a.path, '; ') FROM alternate_sources a WHERE a.version = v.id)
         AS alternates
FROM documents d
JOIN versions v ON v.document = d.id
WHERE v.version = (SELECT MAX(w.version) FROM versions w WHERE w.document = d.id);

CREATE VIEW v_items AS
SELECT d.doc_id, i.item_id, i.seq, i.kind, i.section, i.text, i.status, i.status_raw,
       d.plan_cycle, d.date AS doc_date,
       (SELECT GROUP_CONCAT(o.title, '; ') FROM (SELECT title FROM owners
          WHERE item = i.id ORDER BY seq) o) AS owners,
       (SELECT MIN(t.start_date) FROM dates t WHERE t.item = i.id AND t.role = 'due') AS due_start,
       (SELECT MIN(COALESCE(t.end_date, t.start_date)) FROM dates t
          WHERE t.item = i.id AND t.role = 'due') AS due_end,
       i.id AS item_row,
       (SELECT GROUP_CONCAT(p.page, ', ') FROM (SELECT DISTINCT page FROM provenance
          WHERE item = i.id ORDER BY page) p) AS pages,
       (SELECT GROUP_CONCAT(a.value_gbp, '; ') FROM (SELECT value_gbp FROM amounts
          WHERE item = i.id ORDER BY seq) a) AS amounts_gbp
FROM items i JOIN v_documents d ON i.version = d.version_id;

CREATE VIEW v_owners AS
SELECT vi.doc_id, vi.item_id, o.seq, o.title, o.raw, o.interim, vi.kind, vi.text, vi.status
FROM v_items vi JOIN owners o ON o.item = vi.item_row;

CREATE VIEW v_due AS
SELECT vi.doc_id, vi.item_id, t.raw AS due_raw, t.start_date AS due_start,
       COALESCE(t.end_date, t.start_date) AS due_end, t.precision, vi.owners, vi.status,
       vi.text
FROM v_items vi JOIN dates t ON t.item = vi.item_row AND t.role = 'due';

CREATE VIEW v_links AS
SELECT l.from_ref, l.to_ref, l.relation, l.score,
       (SELECT GROUP_CONCAT(r.text, '; ') FROM (SELECT text FROM link_reasons
          WHERE link = l.id ORDER BY seq) r) AS why,
       -- 1: a side's document was stored again since the link was computed
       -- (the doc_id is the ref before its last '#').
       CASE WHEN (l.from_version IS NOT NULL AND l.from_version IS NOT
                 (SELECT COALESCE(MAX(v.id), 0) FROM versions v JOIN documents d ON d.id = v.document
                  WHERE d.doc_id = substr(rtrim(l.from_ref, replace(l.from_ref, '#', '')), 1, length(rtrim(l.from_ref, replace(l.from_ref, '#', ''))) - 1)))
              OR (l.to_version IS NOT NULL AND l.to_version IS NOT
                 (SELECT COALESCE(MAX(v.id), 0) FROM versions v JOIN documents d ON d.id = v.document
                  WHERE d.doc_id = substr(rtrim(l.to_ref, replace(l.to_ref, '#', '')), 1, length(rtrim(l.to_ref, replace(l.to_ref, '#', ''))) - 1)))
            THEN 1 ELSE 0 END AS stale
FROM links l;
