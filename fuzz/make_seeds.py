#!/usr/bin/env python3
"""fuzz/make_seeds.py OUT_DIR: seed corpora for the normaliser fuzzers.

The strings come from tests/gold/items (every printed date, sum and lead
cell, and the sentences around them), so the fuzzers start from the shapes
real plans print; fuzz/seeds/TARGET/ adds hand-made edge cases.
"""
import glob
import hashlib
import json
import os
import shutil
import sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
out = sys.argv[1]
seeds = {"fuzz_date": set(), "fuzz_money": set(), "fuzz_owner": set()}
for path in glob.glob(os.path.join(root, "tests/gold/items/*.json")):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    for item in doc.get("items", []):
        sentences = [item.get("text", "")] + item.get("actions", []) + \
            item.get("deliverables", []) + [u["text"] for u in item.get("updates", [])]
        for s in sentences:
            if any(ch.isdigit() for ch in s):
                seeds["fuzz_date"].add(s)
            if "£" in s:
                seeds["fuzz_money"].add(s)
        seeds["fuzz_date"].update(d["raw"] for d in item.get("dates", []))
        seeds["fuzz_money"].update(a["raw"] for a in item.get("amounts", []))
        seeds["fuzz_owner"].update(o["raw"] for o in item.get("owners", []))
for target, texts in seeds.items():
    d = os.path.join(out, target)
    os.makedirs(d, exist_ok=True)
    for t in texts:
        data = t.encode("utf-8")
        with open(os.path.join(d, hashlib.sha1(data).hexdigest()), "wb") as f:
            f.write(data)
    hand = os.path.join(root, "fuzz/seeds", target)
    for name in os.listdir(hand) if os.path.isdir(hand) else []:
        shutil.copy(os.path.join(hand, name), d)
