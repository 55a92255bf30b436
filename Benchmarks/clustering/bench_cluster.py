#!/usr/bin/env python3
"""Clustering time side by side: `topics cluster --k K` and the scikit-learn anchor pipeline
(jieba → TfidfVectorizer(sublinear) → TruncatedSVD(100) → KMeans(K)) on the same JSON Lines records.

usage: Benchmarks/clustering/bench_cluster.py RECORDS.jsonl [--k 20] [--topics BIN] [--python PY]

RECORDS: e.g. Benchmarks/out/archive/records_100000.jsonl from bench_import.py. topics runs with
--no-tags (the anchor pipeline tags nothing). The anchor runs in
--python (an interpreter with jieba and scikit-learn). Both times are wall clock, whole process.
"""
import argparse, os, subprocess, sys, time

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ap = argparse.ArgumentParser()
ap.add_argument('records')
ap.add_argument('--k', type=int, default=20)
ap.add_argument('--topics', default=os.path.join(root, '.build', 'release', 'topics'))
ap.add_argument('--python', default=sys.executable)
args = ap.parse_args()
out = os.path.join(root, 'Benchmarks', 'out', 'clustering')
os.makedirs(out, exist_ok=True)

ANCHOR = r'''
import json, sys, jieba
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.decomposition import TruncatedSVD
from sklearn.preprocessing import normalize
from sklearn.cluster import KMeans
jieba.setLogLevel(60)
texts = []
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line); texts.append((r.get("title") or "") + "\n" + (r.get("text") or ""))
tokens = [" ".join(jieba.cut(t)) for t in texts]
X = TfidfVectorizer(sublinear_tf=True, max_df=0.9, token_pattern=r"(?u)\S+").fit_transform(tokens)
Z = normalize(TruncatedSVD(100, random_state=0).fit_transform(X))
KMeans(int(sys.argv[2]), n_init=4, random_state=0).fit(Z)
'''
script = os.path.join(out, 'anchor_cluster.py')
open(script, 'w').write(ANCHOR)
t = time.perf_counter()
subprocess.run([args.topics, 'cluster', args.records, '--k', str(args.k), '--no-tags', '-o', os.path.join(out, 'themes.jsonl')], check=True,
               stderr=subprocess.DEVNULL)
ours = time.perf_counter() - t
t = time.perf_counter()
subprocess.run([args.python, script, args.records, str(args.k)], check=True)
anchor = time.perf_counter() - t
print(f'| records | k | topics cluster | scikit-learn pipeline | ratio |')
print(f'|---|---|---|---|---|')
n = sum(1 for _ in open(args.records, encoding='utf-8'))
print(f'| {n} | {args.k} | {ours:.1f} s | {anchor:.1f} s | {anchor / ours:.1f}× |')
