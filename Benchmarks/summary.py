#!/usr/bin/env python3
"""The README's "Figures of the last `make bench-all`" block, made from Benchmarks/results/*.run.json.

Each benchmark's headline lines are quoted as its script printed them, under its date, command and
wall time, so every figure in that block is one a run of `make bench-all` (Benchmarks/record.py)
wrote down. `make bench-all` ends by running this with --write README.md.

usage: Benchmarks/summary.py [--write README.md]   (without --write: the block on stdout)
"""
import argparse, json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RESULTS = os.path.join(ROOT, 'Benchmarks', 'results')
BEGIN, END = '<!-- bench-all figures: begin (Benchmarks/summary.py writes this block) -->', '<!-- bench-all figures: end -->'

# (name, title, which printed lines to quote: a regex, or a slice of the first lines)
BENCHES = [
    ('extraction', 'Extraction: the 56 shared pages, the dev set, per site; speed against BoilerPy3', r'^( +title|shared |devset |all \(|speed \()'),
    ('segmentation', 'Segmentation: SIGHAN F1 and speed against jieba-rs (rjieba), whole processes', r'^(\||topics .*speed|load|\d.* MB)'),
    ('documents', 'Real published documents (proposals, messages with replies, reports)', slice(0, 16)),
    ('agenda', 'Hot issues of the 4 326 hot-line messages (`topics agenda`)', slice(0, 13)),
    ('taxonomy', 'Taxonomy tags on the 247 labelled government messages', slice(0, 1)),
    ('replies', 'Reply quality (答复质量) checks', slice(0, 5)),
    ('import', 'Import into the SQLite store', r'^\|'),
    ('clustering', 'Clustering 100 000 records against the scikit-learn pipeline', r'^\|'),
    ('themes', 'Saved theme models: NMI of documents placed by a model fitted on the other half', r'^(\|.*(mean|set|---)|100-theme)'),
    ('serve', '`topics serve`: 8 clients searching a 100 000-document store for 60 s while an import runs', r'.'),
    ('postgres', 'SQLite and PostgreSQL stores', r'^(\||Import|Search|Schema)'),
    ('scale', '100 000 messages tagged, deduplicated, assigned and ranked, stage by stage', r'^(\||\d+ records)'),
]


def lines_of(record, pick):
    out = record.get('output', [])
    if isinstance(pick, slice):
        chosen = out[pick]
    else:
        chosen = [l for l in out if re.search(pick, l)]
    # Temporary folders and this checkout's path say nothing to a reader.
    return [re.sub(r'/tmp/[^ )]*', '…', l.rstrip()).replace(ROOT + '/', '') for l in chosen]


def markdown(lines):
    """Runs of table lines as Markdown tables, the other lines as text blocks."""
    out, run, table = [], [], None
    def flush():
        if run:
            out.extend(run if table else ['```text'] + run + ['```'])
            out.append('')
    for line in lines:
        is_table = line.startswith('|')
        if table is not None and is_table != table:
            flush()
            run = []
        table = is_table
        run.append(line)
    flush()
    return out


def block():
    parts = [BEGIN, '']
    machine = None
    for name, title, pick in BENCHES:
        path = os.path.join(RESULTS, name + '.run.json')
        if not os.path.exists(path):
            parts += [f'**{title}**: not run yet (`make bench-all`).', '']
            continue
        record = json.load(open(path))
        machine = machine or record.get('machine')
        status = '' if record.get('exit_status') == 0 else f', exit status {record.get("exit_status")}'
        parts.append(f'**{title}** — `{record["command"]}`, {record["date"].replace("T", " ")[:16]} UTC, '
                     f'{record["seconds"]} s{status}:')
        parts.append('')
        parts += markdown(lines_of(record, pick))
    if machine:
        parts.append(f'Machine of these runs: {machine.get("cpus")} cores, {machine.get("memory_gb")} GB, '
                     f'{machine.get("system")}. Read ratios, not absolute times: the machine is shared.')
        parts.append('')
    parts.append(END)
    return '\n'.join(parts)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--write', metavar='README', help='replace the block between the markers in this file')
    args = ap.parse_args()
    text = block()
    if not args.write:
        print(text)
        return
    readme = open(args.write).read()
    if BEGIN not in readme or END not in readme:
        sys.exit(f'{args.write}: no "{BEGIN}" … "{END}" markers to write between')
    before, rest = readme.split(BEGIN, 1)
    after = rest.split(END, 1)[1]
    tmp = args.write + '.tmp'
    with open(tmp, 'w') as f:
        f.write(before + text + after)
    os.replace(tmp, args.write)
    print(f'wrote the bench-all figures into {args.write}')


if __name__ == '__main__':
    main()
