#!/usr/bin/env python3
"""A million messages through the single-machine pipeline and through the Spark job (local[2]).

usage: Benchmarks/spark/bench_scale.py [--n 1000000] [--topics BIN] [--skip-spark] [--stages tag,dedupe,...]

Generates N records with integrations/spark/make_archive.py (from ../shared/corpora/topics; about
7 % near-duplicates), then times each single-machine stage with its peak RSS (/usr/bin/time):
`topics dedupe --signatures` (the streaming stage), `topics tag`, `topics dedupe`, and, when the
binary has them, `topics cluster --save-model` on a 20 000-record sample, `topics assign` and
`topics agenda`; then the Spark driver on local[2] over the same file (time only: its memory is
the JVM's). The anchor, timed in the same run, is `python3 -c json.loads` over every line: ratios
to it travel between machines better than seconds. Files go under Benchmarks/out/spark/.
"""
import argparse, json, os, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ap = argparse.ArgumentParser()
ap.add_argument('--n', type=int, default=1_000_000)
ap.add_argument('--topics', default=os.path.join(ROOT, '.build', 'release', 'topics'))
ap.add_argument('--stages', default='anchor,signatures,tag,dedupe,themes,agenda,spark')
ap.add_argument('--partitions', type=int, default=8)
args = ap.parse_args()
stages = args.stages.split(',')
out = os.path.join(ROOT, 'Benchmarks', 'out', 'spark')
os.makedirs(out, exist_ok=True)
archive = os.path.join(out, f'messages_{args.n}.jsonl')
if not os.path.exists(archive):
    subprocess.run([sys.executable, os.path.join(ROOT, 'integrations', 'spark', 'make_archive.py'), str(args.n), archive], check=True)
size = os.path.getsize(archive) / 1e6
print(f'{args.n} records, {size:.0f} MB: {archive}')
print('| stage | command | seconds | records/s | peak RSS MB | × anchor |')
print('|---|---|---|---|---|---|')
anchor = None


def timed(label, command, stdin=None, stdout=subprocess.DEVNULL):
    global anchor
    t = time.perf_counter()
    i = open(stdin, 'rb') if stdin else subprocess.DEVNULL
    r = subprocess.run(['/usr/bin/time', '-f', '%M'] + command, stdin=i, stdout=stdout, stderr=subprocess.PIPE)
    if stdin:
        i.close()
    dt = time.perf_counter() - t
    lines = r.stderr.decode('utf-8', 'replace').strip().splitlines()
    rss = int(lines[-1]) / 1024 if lines and lines[-1].isdigit() else float('nan')
    if r.returncode != 0:
        print(f'| {label} | `{" ".join(command)}` | failed (exit {r.returncode}): {" ".join(lines[-3:-1])[:200]} | | | |')
        return None
    if label == 'anchor':
        anchor = dt
    ratio = f'{dt / anchor:.1f}' if anchor else ''
    short = ' '.join(os.path.relpath(c, ROOT) if os.path.isabs(c) else c for c in command)
    print(f'| {label} | `{short}` | {dt:.1f} | {args.n / dt:.0f} | {rss:.0f} | {ratio} |', flush=True)
    return dt


topics = args.topics
if 'anchor' in stages:
    timed('anchor', [sys.executable, '-c', 'import json,sys\nfor l in open(sys.argv[1], encoding="utf-8"): json.loads(l)', archive])
if 'signatures' in stages:
    timed('signatures', [topics, 'dedupe', '--signatures', archive])
if 'tag' in stages:
    timed('tag', [topics, 'tag', archive, '--quiet', '-o', os.path.join(out, 'tags.jsonl')])
if 'dedupe' in stages:
    timed('dedupe', [topics, 'dedupe', archive, '-o', os.path.join(out, 'duplicates.jsonl')])
has = lambda *c: subprocess.run([topics, *c, '--help'], capture_output=True).returncode == 0
if 'themes' in stages:
    if has('assign'):
        sample = os.path.join(out, 'sample.jsonl')
        step = max(1, args.n // 20000)
        with open(archive, encoding='utf-8') as f, open(sample, 'w', encoding='utf-8') as s:
            for i, line in enumerate(f):
                if i % step == 0:
                    s.write(line)
        model = os.path.join(out, 'themes.model')
        timed('cluster (sample of 20 000)', [topics, 'cluster', sample, '--save-model', model, '-o', os.path.join(out, 'sample-themes.jsonl')])
        timed('assign', [topics, 'assign', '--model', model, '-'], stdin=archive)
    else:
        print('| themes | — | not measured: this topics has no `assign` yet (issue 22 parts 1–2) | | | |')
if 'agenda' in stages:
    timed('agenda', [topics, 'agenda', archive, '-o', os.path.join(out, 'agenda')])
if 'spark' in stages:
    timed('spark local[2]', [sys.executable, os.path.join(ROOT, 'integrations', 'spark', 'topics_spark.py'), archive,
                             '-o', os.path.join(out, 'spark'), '--master', 'local[2]', '--partitions', str(args.partitions),
                             '--topics', topics])
