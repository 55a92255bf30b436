#!/usr/bin/env python3
"""A million messages through the single-machine pipeline and through the Spark job (local[2]).

usage: Benchmarks/spark/bench_scale.py [--n 1000000] [--topics BIN] [--stages tag,dedupe,...]

Generates N records with integrations/spark/make_archive.py (from ../shared/corpora/topics; about
7 % near-duplicates), then times each single-machine stage, wall and CPU (user + system) seconds
and peak RSS (/usr/bin/time): `topics dedupe --signatures` (the streaming stage), `topics tag`,
`topics dedupe`, `topics cluster --save-model` on a 20 000-record sample, `topics assign` and
`topics agenda --model` (stage agenda-model: places, counts and ranks the whole archive), `topics
run --model` (stage run-model: tags, places, groups near-duplicates and ranks in one pass, writing
the tags, placements and groups too); with
--stages agenda the in-memory `topics agenda` (clusters everything: hours at 100 000) and with
spark the Spark driver on local[2] over the same file (time only: its memory is the JVM's). The
last lines add up the goal's pipeline (tag, dedupe, fit, agenda --model: tagged, deduplicated,
assigned and ranked; and fit, run --model: the same in one pass). The anchor, timed in the same run, is `python3 -c json.loads` over every
line: ratios to it travel between machines better than seconds, and CPU seconds better than wall
seconds on a shared machine. Files go under Benchmarks/out/spark/.
"""
import argparse, json, os, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ap = argparse.ArgumentParser()
ap.add_argument('--n', type=int, default=1_000_000)
ap.add_argument('--topics', default=os.path.join(ROOT, '.build', 'release', 'topics'))
ap.add_argument('--stages', default='anchor,signatures,tag,dedupe,themes,agenda-model')
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
print('| stage | command | wall s | CPU s | records/s (wall) | peak RSS MB | × anchor (CPU) |')
print('|---|---|---|---|---|---|---|')
anchor = None
measured = {}


def timed(label, command, stdin=None, stdout=subprocess.DEVNULL, shown=None):
    global anchor
    t = time.perf_counter()
    i = open(stdin, 'rb') if stdin else subprocess.DEVNULL
    r = subprocess.run(['/usr/bin/time', '-f', '%U %S %M'] + command, stdin=i, stdout=stdout, stderr=subprocess.PIPE)
    if stdin:
        i.close()
    dt = time.perf_counter() - t
    lines = r.stderr.decode('utf-8', 'replace').strip().splitlines()
    last = lines[-1].split() if lines else []
    if r.returncode != 0 or len(last) != 3:
        # The whole standard error is kept: a Spark failure's cause sits far above its last lines.
        log = os.path.join(out, f'failed-{label.split()[0]}-{args.n}.log')
        with open(log, 'w', encoding='utf-8') as f:
            f.write('\n'.join(lines) + '\n')
        print(f'| {label} | `{" ".join(command)}` | failed (exit {r.returncode}): {" ".join(lines[-3:-1])[:200]} (all of it: {log}) | | | | |')
        return None
    cpu, rss = float(last[0]) + float(last[1]), int(last[2]) / 1024
    if label == 'anchor':
        anchor = cpu
    ratio = f'{cpu / anchor:.0f}' if anchor else ''
    short = shown or ' '.join(os.path.relpath(c, ROOT) if os.path.isabs(c) else c for c in command)
    print(f'| {label} | `{short}` | {dt:.1f} | {cpu:.1f} | {args.n / dt:.0f} | {rss:.0f} | {ratio} |', flush=True)
    measured[label] = (dt, cpu, rss)
    return dt


topics = args.topics
if 'anchor' in stages:
    timed('anchor', [sys.executable, '-c', 'import json,sys\nfor l in open(sys.argv[1], encoding="utf-8"): json.loads(l)', archive],
          shown='python3: json.loads of every line')
if 'signatures' in stages:
    timed('signatures', [topics, 'dedupe', '--signatures', archive])
if 'tag' in stages:
    timed('tag', [topics, 'tag', archive, '--quiet', '-o', os.path.join(out, f'tags_{args.n}.jsonl')])
if 'dedupe' in stages:
    timed('dedupe', [topics, 'dedupe', archive, '-o', os.path.join(out, f'duplicates_{args.n}.jsonl')])
model = os.path.join(out, f'themes_{args.n}.model')
if 'themes' in stages or (('agenda-model' in stages or 'run-model' in stages) and not os.path.exists(model)):
    sample = os.path.join(out, f'sample_{args.n}.jsonl')
    step = max(1, args.n // 20000)
    with open(archive, encoding='utf-8') as f, open(sample, 'w', encoding='utf-8') as s:
        for i, line in enumerate(f):
            if i % step == 0:
                s.write(line)
    timed('fit (sample of 20 000)', [topics, 'cluster', sample, '--save-model', model, '-o', os.path.join(out, f'sample-themes_{args.n}.jsonl')])
if 'themes' in stages:
    timed('assign', [topics, 'assign', '--model', model, '-'], stdin=archive)
if 'agenda-model' in stages:
    timed('agenda --model', [topics, 'agenda', '--model', model, archive, '-o', os.path.join(out, f'agenda_{args.n}')])
if 'run-model' in stages:
    timed('run --model (one pass)', [topics, 'run', '--model', model, archive, '-o', os.path.join(out, f'run_{args.n}')])
if 'agenda' in stages:
    timed('agenda', [topics, 'agenda', archive, '-o', os.path.join(out, 'agenda')])
if 'spark' in stages:
    timed('spark local[2]', [sys.executable, os.path.join(ROOT, 'integrations', 'spark', 'topics_spark.py'), archive,
                             '-o', os.path.join(out, 'spark'), '--master', 'local[2]', '--partitions', str(args.partitions),
                             '--topics', topics])
for goal, how in ((['tag', 'dedupe', 'fit (sample of 20 000)', 'agenda --model'], 'the four stages above one after another'),
                  (['fit (sample of 20 000)', 'run --model (one pass)'], 'fit on the sample, then run --model: one pass')):
    if all(g in measured for g in goal):
        wall, cpu = sum(measured[g][0] for g in goal), sum(measured[g][1] for g in goal)
        print(f'| **tagged, deduplicated, assigned and ranked** | {how} | {wall:.1f} | {cpu:.1f} '
              f'| {args.n / wall:.0f} | {max(measured[g][2] for g in goal):.0f} (largest) | |')
