#!/usr/bin/env python3
"""SIGHAN 2005 accuracy and single-thread speed of `topics segment`, with the anchors side by side.

usage: Benchmarks/segmentation/bench_segmentation.py [--topics BIN] [--runs N] [--anchors jieba,rjieba,pkuseg,thulac,icu]
       Benchmarks/segmentation/bench_segmentation.py --versus-jieba [--topics BIN] [--runs N] [--jobs N]

Accuracy: PKU and MSR test sets through ../shared/eval/segmentation/score.py (OOV against the
training word lists). Speed: the same 20 MB text as ../shared/eval/segmentation/RESULTS.md
(pku_test + msr_test, BOM stripped, repeated 19 times), single thread, best of --runs; MB/s excludes
model loading, measured separately on an empty input ("load s"). Peak RSS from /usr/bin/time.
Anchors run on the same bytes when their Python packages are importable (one call per line, as
the shared RESULTS do); the default runs only the fast ones. Writes under Benchmarks/out/.

--versus-jieba: the speed goal of issue 18, both sides whole processes on the same 8.5 MB file
(pku_test + msr_test, BOM stripped, 8 times): `topics segment --format text FILE -o OUT` (and the
model alone, `--no-domain-lexicon`) against
rjieba_segment.py (jieba-rs, HMM on, reading the file and writing the words joined by spaces).
Runs alternate (topics, rjieba, topics, …) so both see the same machine load, each round starting
with the next tool; the best of --runs counts. MB/s is bytes over the whole process's wall time (load included) and, because the machine
is shared, also over its CPU time (user + sys), the steadier figure under load. Also PKU/MSR F1 of
both, topics' load time (empty input) and peak RSS. With --jobs N topics also runs with --jobs N;
with --baseline BIN an older topics build runs in the same rounds (before/after in one table).
"""
import argparse, json, os, re, subprocess, sys, time

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
shared = os.path.join(os.path.dirname(root), 'shared')
sighan = os.path.join(shared, 'corpora', 'sighan2005')
scorer = os.path.join(shared, 'eval', 'segmentation', 'score.py')
ap = argparse.ArgumentParser()
ap.add_argument('--topics', default=os.path.join(root, '.build', 'release', 'topics'))
ap.add_argument('--runs', type=int, default=3)
ap.add_argument('--anchors', default='rjieba,icu', help='comma list from jieba,rjieba,pkuseg,thulac,icu; empty for none')
ap.add_argument('--python', default=sys.executable, help='interpreter that has the anchors installed')
ap.add_argument('--versus-jieba', action='store_true', help='whole-process speed of topics against jieba-rs on 8.5 MB (issue 18)')
ap.add_argument('--jobs', type=int, default=0, help='with --versus-jieba: also time topics segment --jobs N')
ap.add_argument('--baseline', help='with --versus-jieba: another topics binary (an older build) timed in the same runs')
args = ap.parse_args()
out = os.path.join(root, 'Benchmarks', 'out', 'segmentation')
os.makedirs(out, exist_ok=True)


def speed_text():
    path = os.path.join(out, 'speed_20mb.utf8')
    if not os.path.exists(path):
        parts = [open(os.path.join(sighan, f'{c}_test.utf8'), 'rb').read().lstrip(b'\xef\xbb\xbf') for c in ('pku', 'msr')]
        open(path, 'wb').write(b''.join(parts) * 19)
    return path


def score(corpus, predicted):
    text = subprocess.run([sys.executable, scorer, os.path.join(sighan, f'{corpus}_training_words.utf8'),
                           os.path.join(sighan, f'{corpus}_test_gold.utf8'), predicted],
                          capture_output=True, text=True, check=True).stdout
    def grab(label):
        return float(re.search(label + r':\s+([0-9.]+)', text).group(1))
    return grab('F MEASURE'), grab('OOV Recall Rate')


def timed(command):
    """Best wall time of --runs and the peak RSS (KB) of the last run."""
    best, rss = None, 0
    for _ in range(args.runs):
        t = time.perf_counter()
        r = subprocess.run(['/usr/bin/time', '-f', '%M'] + command, capture_output=True, text=True, check=True)
        dt = time.perf_counter() - t
        rss = int(r.stderr.strip().splitlines()[-1])
        best = dt if best is None else min(best, dt)
    return best, rss


def ours():
    row = {'tool': '**topics** (shipped model + CPPCC lexicon)'}
    for corpus in ('pku', 'msr'):
        predicted = os.path.join(out, f'topics.{corpus}.utf8')
        subprocess.run([args.topics, 'segment', os.path.join(sighan, f'{corpus}_test.utf8'), '-o', predicted], check=True)
        row[corpus] = score(corpus, predicted)
    text = speed_text()
    load, _ = timed([args.topics, 'segment', '/dev/null', '-o', os.devnull])
    total, rss = timed([args.topics, 'segment', text, '-o', os.path.join(out, 'topics.speed.utf8')])
    row['mbs'] = os.path.getsize(text) / 1e6 / max(1e-9, total - load)
    row['load'] = load
    row['rss'] = rss / 1024
    return row


ANCHOR_CODE = {
    'jieba': "import jieba; jieba.initialize(); cut=lambda s: list(jieba.cut(s))",
    'rjieba': "import rjieba; cut=lambda s: rjieba.cut(s)",
    'pkuseg': "import pkuseg; _s=pkuseg.pkuseg(); cut=_s.cut",
    'thulac': "import thulac; _t=thulac.thulac(seg_only=True); cut=lambda s: [w for w,_ in _t.cut(s)]",
    'icu': "import icu; _b=icu.BreakIterator.createWordInstance(icu.Locale('zh'))\n"
           "def cut(s):\n _b.setText(s); a=0; r=[]\n for e in _b:\n  w=s[a:e]; a=e\n  r.append(w)\n return r",
}
RUNNER = r'''
import sys, time
t0 = time.perf_counter()
{code}
cut("政协委员")
load = time.perf_counter() - t0
mode, src, dst = sys.argv[1:4]
lines = open(src, encoding="utf-8-sig").read().split("\n")
t = time.perf_counter()
with open(dst, "w", encoding="utf-8") as o:
    for line in lines:
        o.write(" ".join(w for w in cut(line) if w.strip()) + "\n")
print(load, time.perf_counter() - t)
'''


def anchor(name):
    script = os.path.join(out, f'run_{name}.py')
    open(script, 'w').write(RUNNER.replace('{code}', ANCHOR_CODE[name]))
    row = {'tool': name}
    for corpus in ('pku', 'msr'):
        predicted = os.path.join(out, f'{name}.{corpus}.utf8')
        r = subprocess.run([args.python, script, 'seg', os.path.join(sighan, f'{corpus}_test.utf8'), predicted], capture_output=True, text=True)
        if r.returncode != 0:
            print(f'{name}: not runnable here ({r.stderr.strip().splitlines()[-1] if r.stderr.strip() else r.returncode})', file=sys.stderr)
            return None
        row[corpus] = score(corpus, predicted)
    r = subprocess.run([args.python, script, 'seg', speed_text(), os.path.join(out, f'{name}.speed.utf8')], capture_output=True, text=True, check=True)
    load, seconds = map(float, r.stdout.split())
    row['mbs'] = os.path.getsize(speed_text()) / 1e6 / seconds
    row['load'] = load
    row['rss'] = None
    return row


def speed_text_8mb():
    path = os.path.join(out, 'speed_8mb.utf8')
    if not os.path.exists(path):
        parts = [open(os.path.join(sighan, f'{c}_test.utf8'), 'rb').read().lstrip(b'\xef\xbb\xbf') for c in ('pku', 'msr')]
        open(path, 'wb').write(b''.join(parts) * 8)
    return path


def process(command):
    """Wall seconds, CPU seconds (user + sys) and peak RSS (KB) of one whole process."""
    t = time.perf_counter()
    r = subprocess.run(['/usr/bin/time', '-f', '%U %S %M'] + command, capture_output=True, text=True)
    wall = time.perf_counter() - t
    if r.returncode != 0:
        sys.exit(f'{command[0]} failed: {r.stderr.strip()}')
    user, system, rss = r.stderr.strip().splitlines()[-1].split()
    return wall, float(user) + float(system), int(rss)


def versus_jieba():
    text = speed_text_8mb()
    size = os.path.getsize(text)
    rjieba = [args.python, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'rjieba_segment.py')]
    tools = {'topics': lambda src, dst: [args.topics, 'segment', '--format', 'text', src, '-o', dst],
             'rjieba (jieba-rs, HMM)': lambda src, dst: rjieba + [src, dst]}
    # The model alone, without the CPPCC lexicon's forced words (policy compounds such as 生态环境
    # kept whole by design, which SIGHAN's standards split).
    tools['topics --no-domain-lexicon'] = lambda src, dst: [args.topics, 'segment', '--format', 'text', '--no-domain-lexicon', src, '-o', dst]
    if args.baseline:
        tools['topics (baseline build)'] = lambda src, dst: [args.baseline, 'segment', '--format', 'text', src, '-o', dst]
    if args.jobs > 1:
        tools[f'topics --jobs {args.jobs}'] = lambda src, dst: [args.topics, 'segment', '--format', 'text', '--jobs', str(args.jobs), src, '-o', dst]
    rows = {name: {'wall': None, 'cpu': None, 'rss': 0} for name in tools}
    for name, command in tools.items():
        for corpus in ('pku', 'msr'):
            predicted = os.path.join(out, f'vs.{name.replace(" ", "_")}.{corpus}.utf8')
            process(command(os.path.join(sighan, f'{corpus}_test.utf8'), predicted))
            rows[name][corpus] = json.loads(subprocess.run(
                [sys.executable, scorer, os.path.join(sighan, f'{corpus}_training_words.utf8'),
                 os.path.join(sighan, f'{corpus}_test_gold.utf8'), predicted, '--json'],
                capture_output=True, text=True, check=True).stdout)['f1']
    names = list(tools)
    for round in range(args.runs):
        # Each round starts with another tool, so none always runs right after the two-core run.
        for name in names[round % len(names):] + names[:round % len(names)]:
            command = tools[name]
            wall, cpu, rss = process(command(text, os.path.join(out, f'vs.{name.replace(" ", "_")}.speed.utf8')))
            row = rows[name]
            row['wall'] = wall if row['wall'] is None else min(row['wall'], wall)
            row['cpu'] = cpu if row['cpu'] is None else min(row['cpu'], cpu)
            row['rss'] = max(row['rss'], rss)
    def load(binary):
        runs = [process([binary, 'segment', '--format', 'text', '/dev/null', '-o', os.devnull]) for _ in range(args.runs)]
        return min(r[0] for r in runs), min(r[1] for r in runs)
    wall, cpu = load(args.topics)
    print(f'{size / 1e6:.1f} MB ({text}), best of {args.runs} alternating runs')
    print(f'load (topics on an empty input): {wall:.3f} s wall, {cpu:.3f} s CPU')
    if args.baseline:
        wall, cpu = load(args.baseline)
        print(f'load (baseline build): {wall:.3f} s wall, {cpu:.3f} s CPU')
    print('| tool | PKU F1 | MSR F1 | wall s | MB/s (wall) | CPU s | MB/s (CPU) | peak RSS MB |')
    print('|---|---|---|---|---|---|---|---|')
    for name, r in rows.items():
        print(f"| {name} | {r['pku']:.4f} | {r['msr']:.4f} | {r['wall']:.2f} | {size / 1e6 / r['wall']:.1f} | "
              f"{r['cpu']:.2f} | {size / 1e6 / r['cpu']:.1f} | {r['rss'] / 1024:.0f} |")
    anchor = rows['rjieba (jieba-rs, HMM)']
    for name, r in rows.items():
        if name.startswith('topics'):
            print(f"{name} / rjieba speed: {anchor['wall'] / r['wall']:.2f}x (wall), {anchor['cpu'] / r['cpu']:.2f}x (CPU)")
    json.dump(rows, open(os.path.join(out, 'versus_jieba.json'), 'w'), indent=1)


if args.versus_jieba:
    versus_jieba()
    sys.exit(0)

rows = [ours()]
for name in [a for a in args.anchors.split(',') if a]:
    r = anchor(name)
    if r: rows.append(r)
print('| tool | PKU F1 | PKU OOV-R | MSR F1 | MSR OOV-R | MB/s (1 thread) | load s | peak RSS MB |')
print('|---|---|---|---|---|---|---|---|')
for r in rows:
    rss = f"{r['rss']:.0f}" if r['rss'] else ''
    print(f"| {r['tool']} | {r['pku'][0]:.3f} | {r['pku'][1]:.3f} | {r['msr'][0]:.3f} | {r['msr'][1]:.3f} | {r['mbs']:.1f} | {r['load']:.2f} | {rss} |")
json.dump(rows, open(os.path.join(out, 'results.json'), 'w'), indent=1)
