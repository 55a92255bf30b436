#!/usr/bin/env python3
"""Scores `topics extract` on pages a scraper has already flattened to text files.

usage: Benchmarks/extraction/flattened.py [--topics BIN] [--fails FIELD]

Every labelled page (the shared 56 and the dev set's pages, rebuilt by devset/rebuild.sh) is flattened
the way a plain scraper does it, independently of topics: Python's own HTMLParser, the `<title>` on the
first line, then the visible text with a line break at every block element (p, div, br, li, h1-h6, tr,
table …), scripts and styles dropped, spaces collapsed, empty lines dropped. The text files go to
`topics extract` as `.txt` (read as flattened pages when their lines look like one), and each field is
scored against the page's truth with the shared scorer, per set.

The figures are a development measure of the text-file path (issue 15's "scraped text files"); they
are not quoted in the README.
"""
import argparse, html.parser, importlib.util, json, os, re, subprocess, sys, tempfile

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
shared = os.path.join(os.path.dirname(root), 'shared')
ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
ap.add_argument('--topics', default=os.path.join(root, '.build', 'release', 'topics'))
ap.add_argument('--fails', metavar='FIELD', help='print every page whose FIELD is wrong: id, truth, prediction')
args = ap.parse_args()

spec = importlib.util.spec_from_file_location('shared_score', os.path.join(shared, 'eval', 'extraction', 'score.py'))
scorer = importlib.util.module_from_spec(spec)
spec.loader.exec_module(scorer)

BLOCK = set('p div br li h1 h2 h3 h4 h5 h6 tr table section article header footer ul ol dd dt dl blockquote pre form '
            'nav aside center hr figure figcaption main'.split())
SKIP = set('script style noscript template svg iframe textarea button'.split())


class Flattener(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.skip, self.title, self.in_title, self.in_select = [''], 0, '', False, False

    def handle_starttag(self, tag, attrs):
        # A <select>'s options are no text; its end tag is left out often enough to end it at the next other tag.
        if self.in_select and tag not in ('option', 'optgroup'):
            self.in_select = False
        if tag == 'select':
            self.in_select = True
        elif tag in SKIP:
            self.skip += 1
        elif tag == 'title':
            self.in_title = True
        elif tag in BLOCK:
            self.lines.append('')

    def handle_endtag(self, tag):
        if tag == 'select':
            self.in_select = False
        elif tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag == 'title':
            self.in_title = False
        elif tag in BLOCK:
            self.lines.append('')

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        elif not self.skip and not self.in_select:
            self.lines[-1] += data


def decode(raw):
    m = re.search(rb'charset=["\']?([A-Za-z0-9_-]+)', raw[:4000])
    for enc in ([m.group(1).decode().lower()] if m else []) + ['utf-8', 'gb18030', 'big5']:
        enc = 'gb18030' if enc in ('gb2312', 'gbk') else enc
        try:
            return raw.decode(enc)
        except (LookupError, UnicodeDecodeError):
            pass
    # No charset decodes every byte: the one that leaves fewest replacement characters.
    return min((raw.decode(enc, 'replace') for enc in ('utf-8', 'gb18030', 'big5')), key=lambda text: text.count('\ufffd'))


def flatten(path):
    f = Flattener()
    f.feed(decode(open(path, 'rb').read()))
    f.close()
    lines = [re.sub(r'[ \t\u3000\xa0]+', ' ', line).strip() for line in f.lines]
    return '\n'.join([re.sub(r'\s+', ' ', f.title).strip()] + [line for line in lines if line]) + '\n'


sets = [('shared', os.path.join(shared, 'corpora', 'extraction')),
        ('devset', os.path.join(root, 'Benchmarks', 'extraction', 'devset'))]
fields = ('title', 'date', 'source', 'author', 'body_f1', 'body_p')
print('%-8s' % 'set' + ''.join('%9s' % f for f in fields) + '   pages')
with tempfile.TemporaryDirectory() as tmp:
    for name, folder in sets:
        pages = os.path.join(folder, 'pages')
        if not os.path.isdir(pages):
            continue
        out = os.path.join(tmp, name)
        os.makedirs(out)
        ids = sorted(os.path.splitext(f)[0] for f in os.listdir(pages) if f.endswith(('.html', '.htm', '.shtml')))
        for pid in ids:
            src = next(os.path.join(pages, pid + e) for e in ('.html', '.htm', '.shtml') if os.path.exists(os.path.join(pages, pid + e)))
            open(os.path.join(out, pid + '.txt'), 'w', encoding='utf-8').write(flatten(src))
        jsonl = os.path.join(tmp, name + '.jsonl')
        subprocess.run([args.topics, 'extract', *[os.path.join(out, pid + '.txt') for pid in ids], '-o', jsonl, '--quiet'], check=False)
        predictions = {}
        for line in open(jsonl, encoding='utf-8'):
            r = json.loads(line)
            r['body'] = r.get('text') or '\n'.join(r.get('paragraphs') or [])
            predictions[os.path.splitext(os.path.basename(r.get('path') or ''))[0]] = r
        scores = {f: [] for f in fields}
        for pid in ids:
            truth = json.load(open(os.path.join(folder, 'truth', pid + '.json'), encoding='utf-8'))
            got = predictions.get(pid, {})
            for f, v in scorer.score_page(truth, got).items():
                if f in scores:
                    scores[f].append(v)
                    if f == args.fails and v < 1:
                        print('%s\tT=%r\tP=%r' % (pid, truth.get(f), got.get(f)), file=sys.stderr)
        print('%-8s' % name + ''.join('%9.3f' % (sum(v) / len(v)) if v else '%9s' % '-' for v in scores.values()) + '%8d' % len(ids))
