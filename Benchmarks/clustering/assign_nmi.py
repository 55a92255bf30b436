#!/usr/bin/env python3
"""Saved theme models (issue 22): do documents placed by `topics assign` with a model fitted on
the *other* half of a dev set score the same NMI as fitting the themes on everything?

usage: Benchmarks/clustering/assign_nmi.py [--topics BIN] [--seeds 1 2 3] [--sets NAME …]

For each dev set of ../shared/corpora/topics (k = its number of labels) and each seed:
  whole   `topics cluster SET --k K --seed S --assignments` on all documents;
  halves  the documents split by position (even / odd lines): `topics cluster HALF --save-model M`
          on one half, `topics assign --model M` on the other, both ways round.
NMI (the shared scorer's, ../shared/eval/topics/score.py; labels are used only to score) is
taken per half, since two models' theme ids are not the same ids: `assigned` is the mean over
the two halves of the NMI of the half placed by the other half's model; `whole on halves` is the
mean over the same two halves of the whole fit's NMI, and `whole` the whole fit's NMI on all;
`half fit` is the mean NMI of each half's own fit on that half (what a model fitted on half the
documents is worth before it places anything: `assigned` − `half fit` is what placing costs, and
`half fit` − `whole on halves` what fitting on half the documents costs).
Also printed: the share of documents the models call far, and the model's size and the time
`topics assign` takes for one record with it (loading the model and the segmenter).
"""
import argparse, atexit, importlib.util, json, os, shutil, subprocess, sys, tempfile, time

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
shared = os.path.join(os.path.dirname(root), 'shared')
ap = argparse.ArgumentParser()
ap.add_argument('--topics', default=os.path.join(root, '.build', 'release', 'topics'))
ap.add_argument('--seeds', type=int, nargs='+', default=[1, 2, 3])
ap.add_argument('--sets', nargs='+', default=['teddy2020_msgs', 'thucnews_titles', 'cnews_long'])
args = ap.parse_args()

spec = importlib.util.spec_from_file_location('score', os.path.join(shared, 'eval', 'topics', 'score.py'))
score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)


def nmi(gold, pred, ids):
    return score.clustering({i: gold[i] for i in ids}, {i: pred[i] for i in ids if i in pred})['nmi']


def run(*argv, stdin=None):
    return subprocess.run([args.topics, *argv], check=True, capture_output=True, input=stdin).stdout


work = tempfile.mkdtemp(prefix='assign-nmi-')
atexit.register(shutil.rmtree, work, ignore_errors=True)
print('| set (k) | seed | whole | whole on halves | half fit | assigned (other half\'s model) | assigned − whole on halves | far |')
print('|---|---|---|---|---|---|---|---|')
summary = {}
for name in args.sets:
    path = os.path.join(shared, 'corpora', 'topics', name + '.dev.jsonl')
    lines = [l for l in open(path, encoding='utf-8') if l.strip()]
    records = [json.loads(l) for l in lines]
    gold = {str(r['id']): r['label'] for r in records}
    k = len(set(gold.values()))
    halves = [[l for j, l in enumerate(lines) if j % 2 == h] for h in (0, 1)]
    half_ids = [[str(json.loads(l)['id']) for l in half] for half in halves]
    half_paths = []
    for h, half in enumerate(halves):
        p = os.path.join(work, f'{name}.{h}.jsonl'); open(p, 'w', encoding='utf-8').writelines(half); half_paths.append(p)
    rows = []
    for seed in args.seeds:
        assignments = os.path.join(work, 'whole.jsonl')
        run('cluster', path, '--k', str(k), '--seed', str(seed), '--no-tags', '-o', os.devnull, '--assignments', assignments)
        whole = {str(r['id']): r['cluster'] for r in map(json.loads, open(assignments, encoding='utf-8'))}
        assigned, own, far, n = [], [], 0, 0
        for h in (0, 1):
            model = os.path.join(work, f'{name}.{h}.model')
            fitted = os.path.join(work, 'half.jsonl')
            run('cluster', half_paths[h], '--k', str(k), '--seed', str(seed), '--no-tags', '-o', os.devnull, '--save-model', model,
                '--assignments', fitted)
            own.append(nmi(gold, {str(r['id']): r['cluster'] for r in map(json.loads, open(fitted, encoding='utf-8'))}, half_ids[h]))
            other = 1 - h
            out = [json.loads(l) for l in run('assign', '--model', model, half_paths[other]).splitlines()]
            pred = {str(r['id']): r['theme'] for r in out}
            far += sum(1 for r in out if r['far']); n += len(out)
            assigned.append(nmi(gold, pred, half_ids[other]))
        a = sum(assigned) / 2
        w_halves = sum(nmi(gold, whole, ids) for ids in half_ids) / 2
        w = nmi(gold, whole, list(gold))
        o = sum(own) / 2
        rows.append((w, w_halves, o, a, far / n))
        print(f'| {name} ({k}) | {seed} | {w:.3f} | {w_halves:.3f} | {o:.3f} | {a:.3f} | {a - w_halves:+.3f} | {100 * far / n:.1f} % |')
    m = [sum(r[i] for r in rows) / len(rows) for i in range(5)]
    print(f'| {name} ({k}) | mean | {m[0]:.3f} | {m[1]:.3f} | {m[2]:.3f} | {m[3]:.3f} | {m[3] - m[1]:+.3f} | {100 * m[4]:.1f} % |')
    summary[name] = {'whole': m[0], 'whole_on_halves': m[1], 'half_fit': m[2], 'assigned': m[3], 'far': m[4]}

# Model size and load: one record through `assign` with a 100-theme model of the long articles, next
# to `segment` of one line (the segmenter's own load) — the difference is the model's.
model = os.path.join(work, 'k100.model')
run('cluster', os.path.join(shared, 'corpora', 'topics', 'cnews_long.dev.jsonl'), '--k', '100', '--no-tags', '-o', os.devnull,
    '--save-model', model, '--algorithm', 'kmeans')
one = b'{"id":"x","text":"\xe6\x94\xbf\xe5\x8d\x8f\xe5\xa7\x94\xe5\x91\x98\xe8\xb0\x83\xe7\xa0\x94"}\n'
def best(argv, stdin):
    times = []
    for _ in range(5):
        t = time.perf_counter(); run(*argv, stdin=stdin); times.append(time.perf_counter() - t)
    return min(times)
t_assign = best(['assign', '--model', model, '-'], one)
t_segment = best(['segment', '--records', '-'], one)
print(f'\n100-theme model of cnews_long (500 articles): {os.path.getsize(model) / 1e6:.1f} MB; '
      f'assign of one record {t_assign * 1000:.0f} ms, segment of one record {t_segment * 1000:.0f} ms '
      f'(best of 5; the difference, {max(0, t_assign - t_segment) * 1000:.0f} ms, is loading the model and placing the record)')
print(json.dumps(summary))
