#!/usr/bin/env python3
"""Scores `topics extract` on the shared extraction corpus with the shared scorer, and times it.

usage: Benchmarks/extraction/score_extraction.py [--topics BIN] [--pages DIR] [--truth DIR] [--runs N]

Runs the release binary over every page (one process, --jobs 1, and again with all cores),
splits its JSON Lines into one prediction file per page as ../shared/eval/extraction/score.py
expects, and prints the scorer's table plus pages/s. Reads only; writes under Benchmarks/out/.
"""
import argparse, json, os, subprocess, sys, time

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
shared = os.path.join(os.path.dirname(root), 'shared')
ap = argparse.ArgumentParser()
ap.add_argument('--topics', default=os.path.join(root, '.build', 'release', 'topics'))
ap.add_argument('--pages', default=os.path.join(shared, 'corpora', 'extraction', 'pages'))
ap.add_argument('--truth', default=os.path.join(shared, 'corpora', 'extraction', 'truth'))
ap.add_argument('--runs', type=int, default=5)
ap.add_argument('--per-page', action='store_true')
args = ap.parse_args()

out = os.path.join(root, 'Benchmarks', 'out', 'extraction')
pred = os.path.join(out, 'pred')
os.makedirs(pred, exist_ok=True)
jsonl = os.path.join(out, 'records.jsonl')

pages = sorted(f for f in os.listdir(args.pages) if f.endswith('.html'))
n = len(pages)

def timed(jobs):
    best = None
    for _ in range(args.runs):
        t = time.perf_counter()
        subprocess.run([args.topics, 'extract', args.pages, '-o', jsonl, '--jobs', str(jobs), '--quiet'], check=False)
        dt = time.perf_counter() - t
        best = dt if best is None else min(best, dt)
    return best

single = timed(1)
multi = timed(os.cpu_count() or 2)

for line in open(jsonl, encoding='utf-8'):
    r = json.loads(line)
    pid = os.path.basename(r['path'])[:-5]
    with open(os.path.join(pred, pid + '.json'), 'w', encoding='utf-8') as f:
        json.dump({'title': r['title'], 'date': r['date'], 'source': r['source'], 'author': r['author'],
                   'body': r['text']}, f, ensure_ascii=False)

scorer = os.path.join(shared, 'eval', 'extraction', 'score.py')
cmd = [sys.executable, scorer, args.truth, pred] + (['--per-page'] if args.per_page else [])
subprocess.run(cmd, check=True)
print(f'pages: {n}; whole process incl. start-up and decoding, best of {args.runs}:')
print(f'  --jobs 1: {single:.3f} s = {n / single:.0f} pages/s')
print(f'  --jobs {os.cpu_count()}: {multi:.3f} s = {n / multi:.0f} pages/s')
