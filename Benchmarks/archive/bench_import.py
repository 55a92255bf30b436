#!/usr/bin/env python3
"""Import speed and memory of `topics import` (JSON Lines → SQLite store with full-text index).

usage: Benchmarks/archive/bench_import.py [--topics BIN] [--sizes 25000,100000]

Generates short records (title + up to 200 characters of text) by cycling through the messages
and replies of ../shared/corpora/topics with fresh ids, imports each size into a new store, and
prints records/s and peak RSS: memory should not grow with the archive (the reader streams, the
store is written in batches). Files go under Benchmarks/out/archive/.
"""
import argparse, os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import common

ap = argparse.ArgumentParser()
ap.add_argument('--topics', default=common.DEFAULT_TOPICS)
ap.add_argument('--sizes', default='25000,100000')
args = ap.parse_args()
out = common.out_folder('archive')
source = common.message_source()

print('| records | input MB | seconds | records/s | peak RSS MB |')
print('|---|---|---|---|---|')
for n in [int(s) for s in args.sizes.split(',')]:
    path = os.path.join(out, f'records_{n}.jsonl')
    common.write_records(path, n, source)
    store = os.path.join(out, f'store_{n}.db')
    common.remove_sqlite(store)
    dt, rss = common.timed([args.topics, 'import', path, '--store', store, '--quiet'])
    print(f'| {n} | {os.path.getsize(path) / 1e6:.1f} | {dt:.1f} | {n / dt:.0f} | {rss:.0f} |')
