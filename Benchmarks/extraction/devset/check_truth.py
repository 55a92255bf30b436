#!/usr/bin/env python3
"""Sanity check of the hand labels in truth/ against the pages they describe (stdlib only).

usage: check_truth.py [DEVSET_DIR]   (default: the folder of this script; run rebuild.sh first)

For every truth/<id>.json it decodes pages/<id>.html (UTF-8, else Big5 when declared, else GB18030) and reports a field
whose labelled value does not occur in the page: the title, the source, each space-separated
author name and the first 40 characters of every body line are looked for in the page text with
all whitespace removed (entities decoded, tags dropped); the date is looked for in its usual
printed forms.  A report is a pointer for a human, not an error: a few labels are legitimately
derived (a WeChat date from `var ct`, a relative date from its tooltip).  Exit status 1 if a
page or truth file is missing or unreadable.
"""
import html
import json
import os
import re
import sys
from html.parser import HTMLParser


class _Text(HTMLParser):
    """Collects the text of a document outside script/style."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style', 'noscript'):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ('script', 'style', 'noscript') and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def utf8_share(raw):
    """The share of the bytes above ASCII that sit in well-formed UTF-8 sequences."""
    high = ins = i = 0
    while i < len(raw):
        b = raw[i]
        if b < 0x80:
            i += 1
            continue
        n = 4 if 0xF0 <= b <= 0xF4 else 3 if b >= 0xE0 else 2 if 0xC2 <= b < 0xE0 else 1
        ok = n > 1 and i + n <= len(raw) and all(raw[i + k] & 0xC0 == 0x80 for k in range(1, n))
        high += n if ok else 1
        ins += n if ok else 0
        i += n if ok else 1
    return ins / high if high else 1.0


def decode(raw):
    try:
        return raw.decode('utf-8')
    except UnicodeDecodeError:
        # a page that declares Big5 (Hong Kong / Taiwan sites) is Big5; a page declaring UTF-8 whose
        # high bytes are mostly UTF-8 has GBK patches (an offline browser's rewritten links), as the
        # tool reads it; any other non-UTF-8 page is GBK
        if re.search(rb'charset\s*=\s*["\']?big5', raw[:4096], re.I):
            return raw.decode('big5', 'replace')
        if re.search(rb'charset\s*=\s*["\']?utf-8', raw[:4096], re.I) and utf8_share(raw) >= 0.7:
            return raw.decode('utf-8', 'replace')
        return raw.decode('gb18030', 'replace')


def squeeze(s):
    # whitespace, zero-width spaces and C0 control characters (a few saved pages carry invisible
    # \x05\x07\x08 inside their text) are not part of what a reader sees
    return re.sub(r'[\s\x00-\x1f\x7f]+', '', html.unescape(s or '')).replace('\u200b', '')


def date_forms(d):
    y, m, dd = d[:10].split('-')
    mi, di = int(m), int(dd)
    return [d[:10], f'{y}/{m}/{dd}', f'{y}年{m}月{dd}日', f'{y}.{m}.{dd}', f'{y}年{mi}月{di}日',
            f'{y}/{mi}/{di}', f'{y}-{mi}-{di}', f'{y}{m}{dd}']


def check(devset):
    bad = 0
    tdir, pdir = os.path.join(devset, 'truth'), os.path.join(devset, 'pages')
    for name in sorted(os.listdir(tdir)):
        if not name.endswith('.json'):
            continue
        pid = name[:-5]
        try:
            truth = json.load(open(os.path.join(tdir, name), encoding='utf-8'))
            page = decode(open(os.path.join(pdir, pid + '.html'), 'rb').read())
        except (OSError, ValueError) as err:
            print(f'{pid}: cannot read truth or page ({err})')
            bad = 1
            continue
        parser = _Text()
        parser.feed(page)
        text, raw = squeeze(''.join(parser.parts)), squeeze(page)
        notes = []
        for key in ('title', 'source'):
            if truth.get(key) and squeeze(truth[key]) not in raw:
                notes.append(key)
        for person in (truth.get('author') or '').split(' '):
            if person and squeeze(person) not in raw:
                notes.append('author ' + person)
        if truth.get('date') and len(truth['date']) >= 10:
            if not any(form in page for form in date_forms(truth['date'])):
                notes.append('date')
        lines = [l for l in (truth.get('body') or '').split('\n') if l.strip()]
        missing = [l for l in lines if squeeze(l)[:40] not in text]
        if missing:
            notes.append(f'body: {len(missing)}/{len(lines)} lines not found, e.g. {missing[0][:30]!r}')
        if notes:
            print(f'{pid}: ' + '; '.join(notes))
    return bad


if __name__ == '__main__':
    sys.exit(check(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
