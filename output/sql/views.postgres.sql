-- Views for analysts, PostgreSQL: the views of views.sqlite.sql in this
-- dialect (same names, columns and order). Re-created after any migration.

CREATE VIEW v_documents AS
SELECT d.doc_id, v.id AS version_id, v.version,
       (SELECT COUNT(*) FROM versions w WHERE w.document = d.id) AS versions,
       v.title, v.publisher, v.date, v.plan_cycle, v.sha256, v.format, v.source, v.pages,
       v.doc_type, v.decision_number,
       (SELECT COUNT(*) FROM items i WHERE i.version = v.id) AS items,
       (SELECT string_agg(a.path, '; ' ORDER BY a.seq) FROM alternate_sources a
          WHERE a.version = v.id) AS alternates
FROM documents d
JOIN versions v ON v.document = d.id
WHERE v.version = (SELECT MAX(w.version) FROM versions w WHERE w.document = d.id);

CREATE VIEW v_items AS
SELECT d.doc_id, i.item_id, i.seq, i.kind, i.section, i.text, i.status, i.status_raw,
       d.plan_cycle, d.date AS doc_date,
       (SELECT string_agg(o.title, '; ' ORDER BY o.seq) FROM owners o WHERE o.item = i.id)
         AS owners,
       (SELECT MIN(t.start_date) FROM dates t WHERE t.item = i.id AND t.role = 'due') AS due_start,
       (SELECT MIN(COALESCE(t.end_date, t.start_date)) FROM dates t
          WHERE t.item = i.id AND t.role = 'due') AS due_end,
       i.id AS item_row,
       (SELECT string_agg(p.page::text, ', ' ORDER BY p.page) FROM
          (SELECT DISTINCT page FROM provenance WHERE item = i.id) p) AS pages,
       (SELECT string_agg(a.value_gbp::text, '; ' ORDER BY a.seq) FROM amounts a
          WHERE a.item = i.id) AS amounts_gbp
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
       (SELECT string_agg(r.text, '; ' ORDER BY r.seq) FROM link_reasons r WHERE r.link = l.id)
         AS why,
       -- 1: a side's document was stored again since the link was computed.
       CASE WHEN (l.from_version IS NOT NULL AND l.from_version IS DISTINCT FROM
                 (SELECT COALESCE(MAX(v.id), 0) FROM versions v JOIN documents d ON d.id = v.document
                  WHERE d.doc_id = regexp_replace(l.from_ref, '#[^#]*$', '')))
              OR (l.to_version IS NOT NULL AND l.to_version IS DISTINCT FROM
                 (SELECT COALESCE(MAX(v.id), 0) FROM versions v JOIN documents d ON d.id = v.document
                  WHERE d.doc_id = regexp_replace(l.to_ref, '#[^#]*$', '')))
            THEN 1 ELSE 0 END AS stale
FROM links l;
