#!/usr/bin/env python3
"""The reply checks of issue 20 against the built `topics`, side by side in one run:

1. relevance separates true pairs from swapped ones: each message gets the reply of the record
   n/2 places further on (a derangement), ROC AUC of true vs swapped relevance;
2. completeness after cutting each reply to its first sentence (the first sentence as ChineseText's
   SentenceSplitter finds it, mirrored below): the share of replies with more than one part whose
   completeness drops;
3. agreement of the tool's grade with the hand grades of hand-grades.tsv (Cohen's kappa, and the
   confusion table).

    swift build --product topics
    python3 Benchmarks/replies/checks.py [../shared/corpora/topics/teddy2020_replies.jsonl] [--more]

--more adds the relevance AUC for three random derangements (seeds 1, 2, 3), and for each half of
the file (even and odd line numbers, each swapped within itself n/2 on and with seeds 1, 2, 3):
relevance was developed looking at the even half only.
"""
import json
import os
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
more = "--more" in sys.argv[1:]
args = [a for a in sys.argv[1:] if a != "--more"]
data = args[0] if args else os.path.join(root, "..", "shared", "corpora", "topics", "teddy2020_replies.jsonl")
topics = os.environ.get("TOPICS", os.path.join(root, ".build", "debug", "topics"))

records = [json.loads(line) for line in open(data, encoding="utf-8")]
n = len(records)
swapped = []
for i, r in enumerate(records):
    s = dict(r)
    other = records[(i + n // 2) % n]
    s["reply"], s["reply_date"] = other["reply"], other["reply_date"]
    swapped.append(s)


def run(recs):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "in.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        out = subprocess.run([topics, "replies", path], check=True, capture_output=True, text=True).stdout
    return {a["id"]: a for a in map(json.loads, out.splitlines())}


STOPS = set("。！？；!?;…｡")
OPENING_QUOTES, CLOSING_QUOTES = set("“‘「『"), set("”’」』")
CLOSING_BRACKETS = set("）)】》〉")


def first_sentence(text):
    """The first sentence as SentenceSplitter (Sources/ChineseText/Sentences) cuts it."""
    depth, i = 0, 0
    while i < len(text):
        c = text[i]
        if c in "\n\r\u2028\u2029\x85":
            return text[:i].strip()
        if c in OPENING_QUOTES:
            depth += 1
        elif c in CLOSING_QUOTES:
            depth = max(0, depth - 1)
        if c in STOPS:
            end = i + 1
            while end < len(text) and text[end] in STOPS:
                end += 1
            d = depth
            while end < len(text) and (text[end] in CLOSING_QUOTES or text[end] in CLOSING_BRACKETS):
                if text[end] in CLOSING_QUOTES:
                    d = max(0, d - 1)
                end += 1
            if d == 0:
                if text[:end].strip():
                    return text[:end].strip()
                depth = 0
            i = end
            continue
        i += 1
    return text.strip()


cut = [dict(r, reply=first_sentence(r["reply"]) or r["reply"]) for r in records]
true, false, shortened = run(records), run(swapped), run(cut)


def auc(pos, neg):
    ranked = sorted([(x, 1) for x in pos] + [(x, 0) for x in neg])
    # Mann-Whitney U with average ranks for ties.
    rank_sum, i = 0.0, 0
    while i < len(ranked):
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        avg = (i + j + 1) / 2
        rank_sum += avg * sum(1 for k in range(i, j) if ranked[k][1] == 1)
        i = j
    p, q = len(pos), len(neg)
    return (rank_sum - p * (p + 1) / 2) / (p * q)


negatives = [a['relevance'] for a in false.values()]
print(f"relevance ROC AUC, true vs swapped ({n} + {n} pairs): {auc([a['relevance'] for a in true.values()], negatives):.4f}")
if more:
    import random

    def derangement(k, seed):
        """A random permutation of range(k) with no fixed point (seeded), or the n/2 shift without a seed."""
        if seed is None:
            return [(i + k // 2) % k for i in range(k)]
        rnd = random.Random(seed)
        while True:
            p = list(range(k))
            rnd.shuffle(p)
            if all(p[i] != i for i in range(k)):
                return p

    for name, subset in [("all", list(range(n))), ("even lines", list(range(0, n, 2))), ("odd lines", list(range(1, n, 2)))]:
        figures = []
        for seed in [None, 1, 2, 3]:
            if name == "all" and seed is None:
                continue
            perm = derangement(len(subset), seed)
            recs = [dict(records[i], reply=records[subset[perm[k]]]["reply"], reply_date=records[subset[perm[k]]]["reply_date"])
                    for k, i in enumerate(subset)]
            got = run(recs)
            figures.append(f"{'n/2' if seed is None else 'seed ' + str(seed)} {auc([true[records[i]['id']]['relevance'] for i in subset], [a['relevance'] for a in got.values()]):.4f}")
        print(f"  {name} ({len(subset)} pairs): " + ", ".join(figures))
substance = [a['relevance'] for a in true.values() if a['evidence']['substantive_characters'] >= 40]
print(f"  true replies with >= 40 Han characters of substance ({len(substance)}) vs all swapped: {auc(substance, negatives):.4f}")
several = [rid for rid, a in true.items() if len(a["evidence"]["parts"]) > 1]
dropped = sum(1 for rid in several if shortened[rid]["completeness"] < true[rid]["completeness"])
print(f"completeness drops after cutting to the first sentence: {dropped} of {len(several)} replies with more than one part ({dropped / len(several):.1%})")
print("grades of the true replies: " + ", ".join(f"{sum(1 for a in true.values() if a['grade'] == g)} {g}" for g in ["good", "adequate", "poor"]))
grades = {}
for line in open(os.path.join(here, "hand-grades.tsv"), encoding="utf-8"):
    if line.startswith("#") or line.startswith("id\t"):
        continue
    rid, grade, _reason = line.rstrip("\n").split("\t", 2)
    grades[rid] = grade

labels = ["good", "adequate", "poor"]
table = {(h, t): 0 for h in labels for t in labels}
for rid, h in grades.items():
    table[(h, true[rid]["grade"])] += 1
total = len(grades)
observed = sum(table[(g, g)] for g in labels) / total
expected = sum(sum(table[(g, t)] for t in labels) * sum(table[(h, g)] for h in labels) for g in labels) / total ** 2
kappa = (observed - expected) / (1 - expected)
weights = {("good", "adequate"): 1, ("adequate", "poor"): 1, ("good", "poor"): 2}
def w(a, b):
    return 0 if a == b else weights.get((a, b), weights.get((b, a))) / 2
obs_w = sum(table[(h, t)] * w(h, t) for h in labels for t in labels) / total
exp_w = sum(sum(table[(h, x)] for x in labels) * sum(table[(y, t)] for y in labels) * w(h, t) for h in labels for t in labels) / total ** 2
print(f"grades vs hand ({total} replies): agreement {observed:.2f}, Cohen's kappa {kappa:.3f}, linear weighted kappa {1 - obs_w / exp_w:.3f}")
print("hand \\ tool  " + "  ".join(f"{t:>8}" for t in labels))
for h in labels:
    print(f"{h:>11}  " + "  ".join(f"{table[(h, t)]:>8}" for t in labels))
