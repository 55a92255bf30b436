#!/usr/bin/env python3
"""Scores `topics extract --kind auto` on the hand-labelled dev set of real published documents
(Benchmarks/documents/devset: docs/ and labels.jsonl, sources in devset/SOURCES.md).

usage: Benchmarks/documents/score_documents.py [--topics BIN] [--per-doc] [--no-save]

Runs the binary once over every document (release build if present, else debug), reads its JSON
Lines back by `metadata.path`, and prints one table per field and per source repository. Saves
Benchmarks/results/documents.json (date, machine, command, every figure) unless --no-save.

Fields and how they are compared (truth `null` = not labelled: the document is skipped for that
field; a prediction where the truth is null is counted as `spurious` for scalar fields):
- kind, number, sector, lead_unit, reply unit: exact after removing all whitespace (full-width too).
- title: the same, with ASCII and full-width punctuation removed too; `title_alternatives` also count.
- date, reply date: the first 10 characters (YYYY-MM-DD).
- reply text: the predicted reply, whitespace removed, starts with the labelled `text_start`.
- authors, positions, cosigners, assisting_units: set F1, exact after removing whitespace
  (`刘　帆` = `刘帆`).
- problems, suggestions: set F1 with a prefix-or-overlap match: both sides lose whitespace,
  punctuation and a leading item marker (一是 / 1、 / （一） / 第一，…); a predicted item matches a
  labelled one when it starts with the label's first 12 characters, or when those 12 characters
  occur within the prediction's first 40 (a heading kept after a lead-in). One-to-one, greedy, in
  order. F1 is micro (summed over documents); `exact docs` counts documents whose list is all right.

Tables per source repository and per labelling batch: batch 1 was labelled and used while writing the
parser; batch 2 (`"batch": 2` in labels.jsonl) was labelled afterwards, before the parser was run on it.
"""
import argparse, datetime, json, os, platform, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DEVSET = os.path.join(HERE, 'devset')

SCALARS = ['kind', 'title', 'number', 'date', 'sector', 'lead_unit']
REPLY = ['reply_unit', 'reply_date', 'reply_text']
SETS = ['authors', 'positions', 'cosigners', 'assisting_units']
ITEMS = ['problems', 'suggestions']

WS = re.compile(r'\s+')
PUNCT = re.compile(r'[\s!-/:-@\[-`{-~\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’—…·]+')
MARKER = re.compile(r'^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，,、]?|[（(][一二三四五六七八九十\d]+[)）]|'
                    r'[一二三四五六七八九十]+[、．.]|\d+[、.．]|首先|其次|最后)')


def nows(s):
    return WS.sub('', s) if isinstance(s, str) else s


def nopunct(s):
    return PUNCT.sub('', s) if isinstance(s, str) else s


def item_key(s):
    s = nows(s)
    s = MARKER.sub('', s)
    return nopunct(s)


def item_match(pred, truth):
    p, t = item_key(pred), item_key(truth)[:12]
    return bool(t) and (p.startswith(t) or t in p[:40])


def set_counts(pred, truth, match):
    """(true positives, predicted, labelled) with one-to-one greedy matching."""
    used = [False] * len(pred)
    tp = 0
    for t in truth:
        for k, p in enumerate(pred):
            if not used[k] and match(p, t):
                used[k] = True
                tp += 1
                break
    return tp, len(pred), len(truth)


def scalar_value(field, rec):
    if field.startswith('reply_'):
        reply = rec.get('reply') or {}
        return reply.get(field[6:]) if isinstance(reply, dict) else None
    return rec.get(field)


def scalar_ok(field, pred, truth, alternatives=()):
    if field in ('date', 'reply_date'):
        return isinstance(pred, str) and pred[:10] == truth[:10]
    if field == 'title':
        return isinstance(pred, str) and any(nopunct(pred) == nopunct(t) for t in (truth, *alternatives))
    if field == 'reply_text':
        return isinstance(pred, str) and nows(pred).startswith(nows(truth))
    return isinstance(pred, str) and nows(pred) == nows(truth)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    release = os.path.join(ROOT, '.build', 'release', 'topics')
    debug = os.path.join(ROOT, '.build', 'debug', 'topics')
    ap.add_argument('--topics', default=release if os.path.exists(release) else debug)
    ap.add_argument('--per-doc', action='store_true', help='print every mismatch')
    ap.add_argument('--no-save', action='store_true')
    args = ap.parse_args()

    labels = [json.loads(l) for l in open(os.path.join(DEVSET, 'labels.jsonl'), encoding='utf-8') if l.strip()]
    docs_dir = os.path.join(DEVSET, 'docs')
    files = {os.path.splitext(f)[0]: os.path.join(docs_dir, f) for f in os.listdir(docs_dir)}
    missing = [d['id'] for d in labels if d['id'] not in files]
    if missing:
        sys.exit(f'score_documents: no document for labels {missing} in {docs_dir} (run build_devset.py)')

    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, 'documents.jsonl')
        command = [args.topics, 'extract', '--kind', 'auto', '--quiet', '-o', out] + [files[d['id']] for d in labels]
        run = subprocess.run(command, capture_output=True, text=True)
        if not os.path.exists(out):
            sys.exit(f'score_documents: {args.topics} wrote nothing (exit {run.returncode}): {run.stderr[:500]}')
        records = [json.loads(l) for l in open(out, encoding='utf-8') if l.strip()]
    by_path = {}
    for r in records:
        path = (r.get('metadata') or {}).get('path') or r.get('id')
        by_path[os.path.splitext(os.path.basename(path))[0]] = r

    # field -> repo -> counters
    table = {}

    def add(field, repo, **counts):
        for key in (repo, 'all', batch):
            row = table.setdefault(field, {}).setdefault(key, {})
            for k, v in counts.items():
                row[k] = row.get(k, 0) + v

    mismatches = []
    for d in labels:
        rec = by_path.get(d['id'], {})
        repo = d['repo']
        batch = f"batch {d.get('batch', 1)}"
        for field in SCALARS + REPLY:
            if field.startswith('reply_'):
                reply = d.get('reply')
                truth = None if not reply else reply.get({'reply_text': 'text_start'}.get(field, field[6:]))
            else:
                truth = d.get(field)
            pred = scalar_value(field, rec)
            if truth is None:
                if pred not in (None, ''):
                    add(field, repo, spurious=1)
                continue
            ok = scalar_ok(field, pred, truth, d.get('title_alternatives', []) if field == 'title' else ())
            add(field, repo, right=int(ok), labelled=1)
            if not ok:
                mismatches.append((d['id'], field, truth, pred))
        for field in SETS + ITEMS:
            truth = d.get(field)
            if truth is None:
                continue
            pred = rec.get(field) or []
            match = item_match if field in ITEMS else (lambda p, t: nows(p) == nows(t))
            tp, np_, nt = set_counts(pred, truth, match)
            add(field, repo, tp=tp, predicted=np_, labelled=nt, docs=1, exact=int(tp == np_ == nt))
            if not (tp == np_ == nt):
                mismatches.append((d['id'], field, truth, pred))

    def f1(row):
        p = row['tp'] / row['predicted'] if row['predicted'] else (1.0 if not row['labelled'] else 0.0)
        r = row['tp'] / row['labelled'] if row['labelled'] else 1.0
        return (2 * p * r / (p + r)) if p + r else 0.0, p, r

    repos = sorted({d['repo'] for d in labels}) + sorted({f"batch {d.get('batch', 1)}" for d in labels})
    results = {'fields': {}, 'per_repository': {}}
    print(f"{len(labels)} documents, {len(records)} records from {os.path.relpath(args.topics, ROOT)}\n")
    print(f"{'field':<16}{'score':>8}  detail")
    for field in SCALARS + REPLY + SETS + ITEMS:
        for key in ['all'] + repos:
            row = table.get(field, {}).get(key)
            if not row:
                continue
            if field in SETS + ITEMS:
                score, p, r = f1(row)
                entry = {'f1': round(score, 3), 'precision': round(p, 3), 'recall': round(r, 3),
                         'exact_docs': row['exact'], 'docs': row['docs']}
                detail = f"F1 (P {p:.2f} R {r:.2f}), exact {row['exact']}/{row['docs']} docs"
            else:
                labelled = row.get('labelled', 0)
                score = row.get('right', 0) / labelled if labelled else None
                entry = {'accuracy': None if score is None else round(score, 3), 'right': row.get('right', 0),
                         'labelled': labelled, 'spurious': row.get('spurious', 0)}
                detail = f"accuracy {row.get('right', 0)}/{labelled}" + (f", {row['spurious']} spurious" if row.get('spurious') else '')
            if key == 'all':
                results['fields'][field] = entry
                print(f"{field:<16}{'' if score is None else f'{score:.3f}':>8}  {detail}")
            else:
                results['per_repository'].setdefault(key, {})[field] = entry
    for repo in repos:
        print(f"\n{repo}")
        for field, entry in results['per_repository'].get(repo, {}).items():
            value = entry.get('f1', entry.get('accuracy'))
            print(f"  {field:<16}{'' if value is None else f'{value:.3f}':>8}")
    if args.per_doc:
        print('\nmismatches (id, field, truth, prediction):')
        for m in mismatches:
            print('  ', m[0], m[1], json.dumps(m[2], ensure_ascii=False)[:200], '=>', json.dumps(m[3], ensure_ascii=False)[:200])
    if not args.no_save:
        results.update({
            'date': datetime.datetime.now(datetime.timezone.utc).isoformat(timespec='seconds'),
            'machine': f"{platform.node()} {platform.machine()} {os.cpu_count()} cores, {platform.system()} {platform.release()}",
            'command': 'python3 Benchmarks/documents/score_documents.py' + (f' --topics {args.topics}' if args.topics not in (release, debug) else ''),
            'binary': os.path.relpath(args.topics, ROOT),
            'documents': len(labels),
        })
        path = os.path.join(ROOT, 'Benchmarks', 'results', 'documents.json')
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w', encoding='utf-8') as f:
            json.dump(results, f, ensure_ascii=False, indent=1)
            f.write('\n')
    return 0


if __name__ == '__main__':
    sys.exit(main())
