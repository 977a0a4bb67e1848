#!/usr/bin/env python3
"""Checks the tidy exports of a store as an analyst's tools would read them.

Usage: check_exports.py CSV_DIR JSONL_DIR SCHEMA.json

- every CSV file parses with Python's csv module, every row exactly as wide
  as its header, keyed by doc_id,item_id (links by from/to), the keys unique
  and pointing at a document and an item that exist; ISO dates and whole
  pounds where the columns say so;
- every JSONL line validates against the JSON Schema (draft 2020-12);
- the CSV and JSONL folders hold the same records.
"""
import csv
import json
import re
import sys
from pathlib import Path

import jsonschema

ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
KEYS = {
    "documents.csv": ["doc_id"],
    "items.csv": ["doc_id", "item_id"],
    "actions.csv": ["doc_id", "item_id", "seq"],
    "deliverables.csv": ["doc_id", "item_id", "seq"],
    "owners.csv": ["doc_id", "item_id", "seq"],
    "dates.csv": ["doc_id", "item_id", "seq"],
    "amounts.csv": ["doc_id", "item_id", "seq"],
    "updates.csv": ["doc_id", "item_id", "seq"],
    "links.csv": ["from_doc_id", "from_item_id", "to_doc_id", "to_item_id"],
    "link_reasons.csv": ["from_doc_id", "from_item_id", "to_doc_id", "to_item_id", "seq"],
}
failures = []


def fail(msg):
    failures.append(msg)


def read_csv(path):
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        fail(f"{path.name}: starts with a BOM without --excel")
    with path.open(newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, strict=True))
    if not raw.endswith(b"\r\n"):
        fail(f"{path.name}: records do not end with CRLF (RFC 4180)")
    return rows[0], rows[1:]


def main():
    csv_dir, jsonl_dir, schema_path = map(Path, sys.argv[1:4])
    tables = {}
    for name, key in KEYS.items():
        header, rows = read_csv(csv_dir / name)
        for col in key:
            if col not in header:
                fail(f"{name}: no key column {col}")
        seen = set()
        for n, row in enumerate(rows, 2):
            if len(row) != len(header):
                fail(f"{name}:{n}: {len(row)} cells, header has {len(header)}")
                continue
            k = tuple(row[header.index(c)] for c in key)
            if k in seen:
                fail(f"{name}:{n}: key {k} twice")
            seen.add(k)
        tables[name] = [dict(zip(header, r)) for r in rows]

    docs = {r["doc_id"] for r in tables["documents.csv"]}
    items = {(r["doc_id"], r["item_id"]) for r in tables["items.csv"]}
    for name, rows in tables.items():
        for r in rows:
            if "item_id" in r and (r["doc_id"], r["item_id"]) not in items:
                fail(f"{name}: {r['doc_id']}#{r['item_id']} is no item")
            for side in ("from", "to"):
                if f"{side}_doc_id" in r and (r[f"{side}_doc_id"], r[f"{side}_item_id"]) not in items:
                    fail(f"{name}: {side} {r[f'{side}_doc_id']}#{r[f'{side}_item_id']} is no item")
    for r in tables["items.csv"]:
        if r["doc_id"] not in docs:
            fail(f"items.csv: {r['doc_id']} is no document")
    for r in tables["dates.csv"]:
        for col in ("start", "end"):
            if r[col] and not ISO_DAY.match(r[col]):
                fail(f"dates.csv: {col} {r[col]!r} is not YYYY-MM-DD")
    for r in tables["amounts.csv"]:
        if not re.fullmatch(r"-?\d+", r["value_gbp"]):
            fail(f"amounts.csv: value_gbp {r['value_gbp']!r} is not whole pounds")
    for r in tables["links.csv"]:
        if not 0.0 <= float(r["score"]) <= 1.0:
            fail(f"links.csv: score {r['score']} outside [0, 1]")

    schema = json.loads(schema_path.read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    counts = {}
    for path in sorted(jsonl_dir.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            record = json.loads(line)
            counts[record["type"]] = counts.get(record["type"], 0) + 1
            for err in validator.iter_errors(record):
                fail(f"{path.name}:{n}: {err.message} at {list(err.absolute_path)}")
    want = {"document": len(tables["documents.csv"]), "item": len(tables["items.csv"]),
            "link": len(tables["links.csv"])}
    for kind, n in want.items():
        if counts.get(kind, 0) != n:
            fail(f"{kind}: {counts.get(kind, 0)} JSONL records, {n} CSV rows")

    for f in failures[:40]:
        print("FAIL:", f)
    if failures:
        return 1
    print(f"ok: {sum(len(r) for r in tables.values())} CSV rows in {len(tables)} files, "
          f"{sum(counts.values())} JSONL records valid ({counts})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
