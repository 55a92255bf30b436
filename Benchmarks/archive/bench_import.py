#!/usr/bin/env python3
"""Import speed and memory of `topics import` (JSON Lines → SQLite store with full-text index).

usage: Benchmarks/archive/bench_import.py [--topics BIN] [--sizes 25000,100000]

Generates short records (title + up to 200 characters of text) by cycling through the messages
and replies of ../shared/corpora/topics with fresh ids, imports each size into a new store, and
prints records/s and peak RSS: memory should not grow with the archive (the reader streams, the
store is written in batches). Files go under Benchmarks/out/archive/.
"""
import argparse, json, os, subprocess, time

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
topics_dir = os.path.join(os.path.dirname(root), 'shared', 'corpora', 'topics')
ap = argparse.ArgumentParser()
ap.add_argument('--topics', default=os.path.join(root, '.build', 'release', 'topics'))
ap.add_argument('--sizes', default='25000,100000')
args = ap.parse_args()
out = os.path.join(root, 'Benchmarks', 'out', 'archive')
os.makedirs(out, exist_ok=True)

source = []
for name in ('teddy2020_hot.jsonl', 'teddy2020_replies.jsonl', 'teddy2020_msgs.dev.jsonl'):
    for line in open(os.path.join(topics_dir, name), encoding='utf-8'):
        r = json.loads(line)
        source.append((r.get('title') or '', (r.get('text') or '')[:200], r.get('date')))

print('| records | input MB | seconds | records/s | peak RSS MB |')
print('|---|---|---|---|---|')
for n in [int(s) for s in args.sizes.split(',')]:
    path = os.path.join(out, f'records_{n}.jsonl')
    with open(path, 'w', encoding='utf-8') as f:
        for i in range(n):
            title, text, date = source[i % len(source)]
            f.write(json.dumps({'id': f'r{i}', 'kind': 'suggestion', 'title': title, 'date': date, 'text': text}, ensure_ascii=False) + '\n')
    store = os.path.join(out, f'store_{n}.db')
    for suffix in ('', '-wal', '-shm'):
        if os.path.exists(store + suffix): os.remove(store + suffix)
    t = time.perf_counter()
    r = subprocess.run(['/usr/bin/time', '-f', '%M', args.topics, 'import', path, '--store', store, '--quiet'],
                       capture_output=True, text=True, check=True)
    dt = time.perf_counter() - t
    rss = int(r.stderr.strip().splitlines()[-1]) / 1024
    print(f'| {n} | {os.path.getsize(path) / 1e6:.1f} | {dt:.1f} | {n / dt:.0f} | {rss:.0f} |')
