#!/usr/bin/env python3
"""The fifty replies graded by hand (hand-grades.tsv): every 56th record of the shared file in
its own order, starting at the 7th. Prints message title, text and reply for reading.

    python3 Benchmarks/replies/sample.py ../shared/corpora/topics/teddy2020_replies.jsonl
"""
import json
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/topics/teddy2020_replies.jsonl"
records = [json.loads(line) for line in open(path, encoding="utf-8")]
for r in records[6::56][:50]:
    print("=" * 8, r["id"], r["date"], "→", r["reply_date"])
    print("T:", r["title"])
    print("M:", r["text"][:400])
    print("R:", r["reply"])
