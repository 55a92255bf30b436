#!/usr/bin/env python3
"""Records what `topics segment` does to a sample of lines, so a rewrite of the segmenter can be
checked against it word for word (Tests/ChineseTextTests/SegmentationFixtureTests.swift).

usage: Benchmarks/segmentation/make_segmentation_fixture.py [--topics BIN]

The lines: every 8th line of the SIGHAN 2005 PKU test text, every 16th of MSR (both from
../shared, never copied), and every line of the two seed texts (../shared/corpora/seeds) and of the
repo's plain-text samples (CPPCC reports and messages: the domain lexicon at work). Lines are split
at \\n, with a trailing \\r and a leading BOM dropped. The fixture holds no text, only where each
word is: one line per input line, `SOURCE LINE<TAB>` then the words' lengths in code points, each
preceded by `-N` when N characters (spaces) are skipped before it.
It was made with the segmenter as it stood before the speed work of issue 18, and remade when the
shipped model was retrained with --prune 4 (2026-12-03, issue 18); rerun it only when a change to
the segmentation's output is intended.
"""
import argparse, json, os, subprocess, tempfile

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
shared = os.path.join(os.path.dirname(root), 'shared', 'corpora')
ap = argparse.ArgumentParser()
ap.add_argument('--topics', default=os.path.join(root, '.build', 'release', 'topics'))
args = ap.parse_args()

# (name in the fixture, path, keep every k-th line): the Swift test reads the same list.
SOURCES = [
    ('pku', os.path.join(shared, 'sighan2005', 'pku_test.utf8'), 8),
    ('msr', os.path.join(shared, 'sighan2005', 'msr_test.utf8'), 16),
    ('seed000', os.path.join(shared, 'seeds', '000_4ecd0d3adc810341.txt'), 1),
    ('seed003', os.path.join(shared, 'seeds', '003_e1bdeffe884b6950.txt'), 1),
]
for name in ('cppcc-work-report.txt', 'message-bus-route.txt', 'proposal-rural-teachers.txt', 'sheqing-minyi-relocation.txt'):
    SOURCES.append((name, os.path.join(root, 'corpora', 'samples', name), 1))


def lines(path):
    out = []
    for line in open(path, 'rb').read().split(b'\n'):
        if line.endswith(b'\r'): line = line[:-1]
        if line.startswith(b'\xef\xbb\xbf'): line = line[3:]
        out.append(line)
    return out


picked = []  # (name, line number from 0, bytes)
for name, path, every in SOURCES:
    for number, line in enumerate(lines(path)):
        if number % every == 0 and line.strip():
            picked.append((name, number, line))
with tempfile.NamedTemporaryFile(suffix='.txt') as f:
    f.write(b'\n'.join(line for _, _, line in picked) + b'\n')
    f.flush()
    result = subprocess.run([args.topics, 'segment', '--format', 'jsonl', f.name], capture_output=True, check=True)
records = [json.loads(r) for r in result.stdout.decode('utf-8').splitlines()]
assert len(records) == len(picked), (len(records), len(picked))
target = os.path.join(root, 'Tests', 'SegmentationFixtures', 'segmentation-spans.txt')
with open(target, 'w', encoding='utf-8') as out:
    for (name, number, _), record in zip(picked, records):
        fields, at = [], 0
        for o in record['offsets']:
            if o['start'] > at: fields.append(f"-{o['start'] - at}")
            fields.append(str(o['end'] - o['start']))
            at = o['end']
        out.write(f'{name} {number}\t{" ".join(fields)}\n')
print(f'{target}: {len(picked)} lines')
