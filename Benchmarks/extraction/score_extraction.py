#!/usr/bin/env python3
"""Scores `topics extract` three ways with the shared scorer, and times it against BoilerPy3.

usage: Benchmarks/extraction/score_extraction.py [--topics BIN] [--sets shared,devset] [--no-speed]
                                                 [--before BIN] [--per-page] [--baseline JSON] [--out JSON]

The three ways, every field (title, date, source, author, body F1 and body precision):
  shared    ../shared/corpora/extraction (56 pages)
  devset    Benchmarks/extraction/devset (pages/ rebuilt by its rebuild.sh, truth/, a `site` column in
            pages.tsv or SOURCES.md), when present
  sites     every page of both, grouped by site: a per-site table, the macro average over sites and
            the micro average over pages. For a rule-based extractor this is leave-one-site-out: a
            rule written while looking at one site must hold on the others, so every site's score is
            compared with the last saved run (--baseline, default the JSON this script writes) and a
            change that lifts some sites and drops others is flagged.

Sites: devset pages take the `site` column of their SOURCES.md; shared pages take the site in their
id (gne-<site>-N, rdb-<site>) or the registered domain of the URL the page records (canonical link
or crawl-dump header); a page with neither is a site of its own.

Speed (best of three alternating runs, the machine is noisy: read the ratio): `topics extract` over
all pages as one process (start-up, reading, decoding and parsing included), with --jobs 1 and with
its default (both cores), against BoilerPy3's ArticleExtractor on the same pages already read and
decoded (its parsing alone, one core), per set and over all pages; the one-core ratio is the
like-for-like one. With --before, an earlier build of topics is timed beside it in the same run.

Writes predictions under Benchmarks/out/extraction/ and the results, with date, machine and command,
to Benchmarks/results/extraction.json.
"""
import argparse, contextlib, datetime, importlib.util, json, os, platform, re, shutil, subprocess, sys, time, warnings

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
shared = os.path.join(os.path.dirname(root), 'shared')
results_path = os.path.join(root, 'Benchmarks', 'results', 'extraction.json')

ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
ap.add_argument('--topics', default=os.path.join(root, '.build', 'release', 'topics'))
ap.add_argument('--sets', default='shared,devset', help='comma-separated: shared, devset')
ap.add_argument('--devset', default=os.path.join(root, 'Benchmarks', 'extraction', 'devset'))
ap.add_argument('--no-speed', action='store_true', help='skip the timing against BoilerPy3')
ap.add_argument('--before', metavar='BIN', help='another topics binary (an earlier build) timed beside this one')
ap.add_argument('--per-page', action='store_true', help='print every page whose fields are wrong')
ap.add_argument('--baseline', default=results_path, help='earlier results JSON to compare sites with')
ap.add_argument('--out', default=results_path)
args = ap.parse_args()

spec = importlib.util.spec_from_file_location('shared_score', os.path.join(shared, 'eval', 'extraction', 'score.py'))
scorer = importlib.util.module_from_spec(spec)
spec.loader.exec_module(scorer)

FIELDS = [('title', 'title'), ('date', 'date'), ('source', 'source'), ('author', 'author'),
          ('body_f1', 'body F1'), ('body_p', 'body P')]
PAGE_EXTENSIONS = ('.html', '.htm', '.shtml', '.txt')


def page_id(name):
    return os.path.splitext(os.path.basename(name))[0]


def registered_domain(url):
    m = re.match(r'https?://([^/:?#]+)', url or '')
    if not m:
        return None
    labels = m.group(1).lower().split('.')
    if labels[0] == 'www':
        labels = labels[1:]
    keep = 3 if len(labels) >= 3 and labels[-2] in ('com', 'net', 'org', 'gov', 'edu', 'ac') else 2
    return '.'.join(labels[-keep:])


def sources_sites(path):
    """id -> site from the dev set's pages.tsv (id, site, …) or else a SOURCES.md markdown table with
    `id` (or `page`/`file`) and `site` columns."""
    sites = {}
    tsv = os.path.join(os.path.dirname(path), 'pages.tsv')
    if os.path.exists(tsv):
        rows = [line.rstrip('\n').split('\t') for line in open(tsv, encoding='utf-8')]
        if rows and len(rows[0]) > 1 and rows[0][1] == 'site':
            return {r[0]: r[1] for r in rows[1:] if len(r) > 1}
    if not os.path.exists(path):
        return sites
    header = None
    for line in open(path, encoding='utf-8'):
        if not line.startswith('|'):
            header = None if not line.strip() else header
            continue
        cells = [c.strip().strip('`') for c in line.strip().strip('|').split('|')]
        if header is None:
            header = [c.lower() for c in cells]
            continue
        if all(set(c) <= set('-: ') for c in cells):
            continue
        row = dict(zip(header, cells))
        key = row.get('id') or row.get('page') or row.get('file')
        if key and row.get('site'):
            sites[page_id(key)] = row['site']
    return sites


def run_topics(pages_dir, out_dir):
    """One `topics extract` process over a folder: records by page id."""
    jsonl = os.path.join(out_dir, 'records.jsonl')
    files = sorted(f for f in os.listdir(pages_dir) if f.endswith(PAGE_EXTENSIONS))
    subprocess.run([args.topics, 'extract', *[os.path.join(pages_dir, f) for f in files],
                    '-o', jsonl, '--jobs', '1', '--quiet'], check=False)
    records = {}
    for line in open(jsonl, encoding='utf-8'):
        r = json.loads(line)
        if r.get('path'):
            records[page_id(r['path'])] = r
    return records, files


def score_set(name, pages_dir, truth_dir, site_of):
    out_dir = os.path.join(root, 'Benchmarks', 'out', 'extraction', name)
    pred = os.path.join(out_dir, 'pred')
    shutil.rmtree(pred, ignore_errors=True)
    os.makedirs(pred)
    records, files = run_topics(pages_dir, out_dir)
    for pid, r in records.items():
        with open(os.path.join(pred, pid + '.json'), 'w', encoding='utf-8') as f:
            json.dump({'title': r.get('title'), 'date': r.get('date'), 'source': r.get('source'),
                       'author': r.get('author'), 'body': r.get('text')}, f, ensure_ascii=False)
    summary, per_page = scorer.score_dirs(truth_dir, pred)
    pages = {}
    for pid, res in per_page.items():
        pages[pid] = {'set': name, 'site': site_of(pid, records.get(pid)), 'scores': res}
    return summary, pages, [os.path.join(pages_dir, f) for f in files]


# The sites of the GNE and readability test pages, named in their ids.
NAMED_SITES = {'sina': 'sina.com.cn', 'qq': 'qq.com', 'ifeng': 'ifeng.com', 'people': 'people.com.cn',
               'thepaper': 'thepaper.cn', 'xinhuanet': 'xinhuanet.com', 'hexun': 'hexun.com', 'huanqiu': 'huanqiu.com',
               'gmw': 'gmw.cn', 'youth': 'youth.cn', '163': '163.com', 'sohu': 'sohu.com', 'toutiao': 'toutiao.com',
               'baijiahao': 'baidu.com', 'guancha': 'guancha.cn', 'chinanews': 'chinanews.com', 'cctv': 'cctv.com'}


def site_name(site):
    """One spelling per site: a host or URL becomes its registered domain, a known short name its domain."""
    site = site.strip().lower()
    if '.' in site:
        return registered_domain(site if '://' in site else 'http://' + site) or site
    return NAMED_SITES.get(site, site)


def shared_site(pid, record):
    m = re.match(r'(gne|rdb)-([a-z0-9]+)', pid)
    if m:
        return site_name(m.group(2))
    return registered_domain((record or {}).get('url')) or pid


def mean(xs):
    return sum(xs) / len(xs) if xs else None


def summarise(pages):
    """Micro (over pages) and macro (over sites) means, and the per-site means, of every field."""
    by_site = {}
    for p in pages.values():
        by_site.setdefault(p['site'], []).append(p['scores'])
    sites = {}
    for site, rows in sorted(by_site.items()):
        sites[site] = {'pages': len(rows)}
        for f, _ in FIELDS:
            vals = [r[f] for r in rows if f in r]
            sites[site][f] = {'mean': mean(vals), 'n': len(vals)}
    micro, macro = {}, {}
    for f, _ in FIELDS:
        vals = [p['scores'][f] for p in pages.values() if f in p['scores']]
        micro[f] = {'mean': mean(vals), 'n': len(vals)}
        site_means = [s[f]['mean'] for s in sites.values() if s[f]['n']]
        macro[f] = {'mean': mean(site_means), 'sites': len(site_means)}
    return micro, macro, sites


def cell(v):
    return '  -  ' if v is None else f'{v:.3f}'


def whole_process(binary, files, jobs='1'):
    """Seconds for one `topics extract` process over `files` (`jobs` None: the default, every core)."""
    t = time.perf_counter()
    subprocess.run([binary, 'extract', *files, '-o', os.devnull, '--quiet'] + (['--jobs', jobs] if jobs else []), check=False)
    return time.perf_counter() - t


def speed(files, runs=3):
    """Pages/s, best of `runs` alternating runs (topics, BoilerPy3, topics on both cores, …, so all see
    the same machine load): topics as one whole process with --jobs 1 and with its default (both
    cores), BoilerPy3's parsing of the same pages alone (one core; the texts decoded beforehand)."""
    try:
        from boilerpy3 import extractors
    except ImportError:
        topics_s = whole_process(args.topics, files)
        return {'pages': len(files), 'topics_s': topics_s, 'topics_pages_s': len(files) / topics_s,
                'boilerpy3': 'not installed (pip install boilerpy3)'}
    texts = []
    for path in files:
        raw = open(path, 'rb').read()
        try:
            texts.append(raw.decode('utf-8'))
        except UnicodeDecodeError:
            texts.append(raw.decode('gb18030', errors='replace'))
    extractor = extractors.ArticleExtractor(raise_on_failure=False)

    def boilerpy3_s():
        # BoilerPy3 prints a warning for every page with nested links: kept out of the report.
        with open(os.devnull, 'w') as quiet, contextlib.redirect_stdout(quiet), contextlib.redirect_stderr(quiet), \
                warnings.catch_warnings():
            warnings.simplefilter('ignore')
            t = time.perf_counter()
            for text in texts:
                try:
                    extractor.get_content(text)
                except Exception:
                    pass
            return time.perf_counter() - t

    topics_s = boiler_s = both_s = before_s = float('inf')
    for _ in range(runs):
        topics_s = min(topics_s, whole_process(args.topics, files))
        boiler_s = min(boiler_s, boilerpy3_s())
        both_s = min(both_s, whole_process(args.topics, files, jobs=None))
        if args.before:
            before_s = min(before_s, whole_process(args.before, files))
    before = {'before_s': before_s, 'before_pages_s': len(files) / before_s} if args.before else {}
    return {'pages': len(files), 'runs': runs, 'topics_s': topics_s, 'topics_pages_s': len(files) / topics_s,
            'topics_both_cores_s': both_s, 'topics_both_cores_pages_s': len(files) / both_s,
            'boilerpy3_s': boiler_s, 'boilerpy3_pages_s': len(files) / boiler_s, 'ratio': boiler_s / topics_s,
            'ratio_both_cores': boiler_s / both_s} | before


def main():
    wanted = args.sets.split(',')
    all_pages, all_files, sets = {}, [], {}
    if 'shared' in wanted:
        base = os.path.join(shared, 'corpora', 'extraction')
        summary, pages, files = score_set('shared', os.path.join(base, 'pages'), os.path.join(base, 'truth'), shared_site)
        sets['shared'] = pages
        all_pages.update({'shared/' + k: v for k, v in pages.items()})
        all_files += files
    if 'devset' in wanted and os.path.isdir(os.path.join(args.devset, 'pages')):
        site_map = sources_sites(os.path.join(args.devset, 'SOURCES.md'))
        summary, pages, files = score_set('devset', os.path.join(args.devset, 'pages'), os.path.join(args.devset, 'truth'),
                                          lambda pid, r: site_name(site_map[pid]) if pid in site_map else registered_domain((r or {}).get('url')) or pid)
        sets['devset'] = pages
        all_pages.update({'devset/' + k: v for k, v in pages.items()})
        all_files += files

    baseline = None
    if args.baseline and os.path.exists(args.baseline):
        try:
            baseline = json.load(open(args.baseline, encoding='utf-8'))
        except ValueError:
            baseline = None

    result = {'date': datetime.datetime.now(datetime.timezone.utc).isoformat(timespec='seconds'),
              'machine': {'node': platform.node(), 'system': platform.platform(), 'processor': platform.processor(),
                          'cpus': os.cpu_count(), 'python': platform.python_version()},
              'command': ' '.join([os.path.relpath(sys.argv[0], root)] + sys.argv[1:]),
              'commit': subprocess.run(['git', '-C', root, 'rev-parse', '--short', 'HEAD'], capture_output=True,
                                       text=True).stdout.strip(),
              'sets': {}}

    print(f"{'':22s}" + ''.join(f'{label:>9s}' for _, label in FIELDS) + '   pages')
    for name, pages in list(sets.items()) + [('all (micro)', all_pages)]:
        micro, macro, _ = summarise(pages)
        if name in sets:
            result['sets'][name] = {'pages': len(pages), 'micro': micro, 'macro_over_sites': macro}
        print(f'{name:22s}' + ''.join(f"{cell(micro[f]['mean']):>9s}" for f, _ in FIELDS) + f'   {len(pages)}')
    micro, macro, sites = summarise(all_pages)
    print(f"{'all (macro over sites)':22s}" + ''.join(f"{cell(macro[f]['mean']):>9s}" for f, _ in FIELDS)
          + f'   {len(sites)} sites')
    result['sites'] = {'micro': micro, 'macro_over_sites': macro, 'per_site': sites}
    result['per_page'] = {k: v['scores'] | {'site': v['site']} for k, v in all_pages.items()}

    # Per-site table and, against the last run, which sites moved which way.
    # The last run's pages regrouped by today's site names, so the two runs compare site for site.
    old_pages = {k: {'site': all_pages[k]['site'], 'scores': v}
                 for k, v in (baseline or {}).get('per_page', {}).items() if k in all_pages}
    old_sites = summarise(old_pages)[2] if old_pages else {}
    print(f"\nper site ({len(sites)}), Δ against {os.path.relpath(args.baseline, root) if baseline else 'nothing'}:")
    print(f"{'site':28s}" + ''.join(f'{label:>9s}' for _, label in FIELDS) + '  pages')
    ups, downs = [], []
    for site, s in sites.items():
        row = f'{site[:28]:28s}'
        for f, _ in FIELDS:
            v = s[f]['mean']
            old = old_sites.get(site, {}).get(f, {}).get('mean')
            mark = ' '
            if v is not None and old is not None and abs(v - old) > 1e-9:
                mark = '+' if v > old else '-'
                (ups if v > old else downs).append(f'{site}:{f} {old:.2f}→{v:.2f}')
            row += f'{cell(v):>8s}{mark}'
        print(row + f'  {s["pages"]}')
    if ups or downs:
        print(f'\nagainst the last run: {len(ups)} site fields up, {len(downs)} down')
        for d in downs:
            print('  DOWN', d)
        if ups and downs:
            print('  FLAG: this change helps some sites and hurts others')
    moved = []
    for k, old in sorted(old_pages.items()):
        for f, _ in FIELDS:
            a, b = old['scores'].get(f), all_pages[k]['scores'].get(f)
            if a is not None and b is not None and abs(a - b) > 0.005:
                moved.append(f'{k}:{f} {a:.2f}→{b:.2f}')
    if moved:
        print('pages that moved:', *moved, sep='\n  ')
    result['against_last_run'] = {'up': ups, 'down': downs, 'pages': moved}

    if args.per_page:
        for k, v in sorted(all_pages.items()):
            bad = [f for f, _ in FIELDS[:4] if v['scores'].get(f) == 0.0]
            if bad or v['scores'].get('body_f1', 1) < 0.8:
                print(k, v['site'], 'wrong:', ','.join(bad), f"body_f1={v['scores'].get('body_f1', 0):.2f}")

    if not args.no_speed and all_files:
        result['speed'] = {}
        groups = [('all', all_files)] + [(name, [f for f in all_files if f'/{name}/' in f or (name == 'shared' and '/shared/' in f)])
                                         for name in sets]
        for name, files in groups:
            if not files:
                continue
            s = speed(files)
            result['speed'][name] = s
            if 'ratio' in s:
                print(f"speed ({name}, {s['pages']} pages, best of {s['runs']} alternating runs): topics extract (whole process) "
                      f"{s['topics_pages_s']:.0f} pages/s with --jobs 1, {s['topics_both_cores_pages_s']:.0f} on both cores; "
                      f"BoilerPy3 (parsing alone, one core) {s['boilerpy3_pages_s']:.0f} pages/s; "
                      f"ratio {s['ratio']:.2f}× (one core), {s['ratio_both_cores']:.2f}× (both cores)"
                      + (f"; --before binary {s['before_pages_s']:.0f} pages/s ({s['before_s'] / s['topics_s']:.2f}× this one's time)"
                         if 'before_s' in s else ''))
            else:
                print(f"speed ({name}): topics {s['topics_pages_s']:.0f} pages/s; BoilerPy3 {s['boilerpy3']}")

    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, 'w', encoding='utf-8') as f:
        json.dump(result, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print(f'\nwrote {os.path.relpath(args.out, root)}')


if __name__ == '__main__':
    main()
