#!/usr/bin/env python3
"""Per-topic precision of the taxonomy tags on 100 hot-archive messages checked by hand.

taxonomy-check.tsv: 100 messages drawn from ../shared/corpora/topics/teddy2020_hot.jsonl with
random.Random(20201).sample (see make_sample below), the tags the shipped taxonomy gave them before
(commit 768765c: substring matching, no context rule) and after (whole words, context rule,
vocabulary) and wave8 (issue 17: heading weight, context lending capped, more vocabulary; the three tags
not given before were read and judged on 2026-12-02) and wave9 (issue 17: child share, supporting words 调研,
协商 and 价格 not lifted by a heading, pairing vocabulary; the tags are wave8's less one, 商贸旅游 from 价格 in a
title about school fees), and the reader's verdicts: wrong_* lists the tags
judged wrong, missed_after the main topic of a message the taxonomy has but did not give. Tags are
rebuilt with:

  topics tag sample.jsonl                                   # wave9 (the current taxonomy and tagger)
  topics tag sample.jsonl --taxonomy taxonomy-before.yaml   # before (git show 768765c:corpora/taxonomy.yaml)

  python3 Benchmarks/agenda/taxonomy_check.py
"""
import collections, csv, os, sys

path = os.path.join(os.path.dirname(__file__), "taxonomy-check.tsv")
rows = list(csv.DictReader(open(path, encoding="utf-8"), delimiter="\t"))
for side in [h[len("tags_"):] for h in rows[0] if h.startswith("tags_")]:
    given, wrong = collections.Counter(), collections.Counter()
    for r in rows:
        bad = set(filter(None, r[f"wrong_{side}"].split(",")))
        for t in filter(None, r[f"tags_{side}"].split(",")):
            given[t] += 1
            wrong[t] += t in bad
    total, bad = sum(given.values()), sum(wrong.values())
    untagged = sum(1 for r in rows if not r[f"tags_{side}"])
    print(f"{side}: {total} tags on {len(rows)} messages ({untagged} untagged), {total - bad} right: precision {(total - bad) / total:.3f}")
    for t in sorted(given, key=lambda t: -given[t]):
        print(f"  {t}\t{given[t] - wrong[t]}/{given[t]}\t{(given[t] - wrong[t]) / given[t]:.2f}")
missed = [r for r in rows if r["missed_after"]]
print(f"after: {len(missed)} messages miss their main topic ({', '.join(sorted(set(r['missed_after'] for r in missed)))})")


def make_sample(archive):
    import json, random
    docs = [json.loads(l) for l in open(archive, encoding="utf-8")]
    random.seed(20201)
    return random.sample(docs, 100)
