#!/usr/bin/env python3
"""jieba-rs (the `rjieba` binding, HMM on) as a whole process, the anchor of bench_segmentation.py --versus-jieba.

usage: rjieba_segment.py INPUT OUTPUT

Reads INPUT (UTF-8, BOM dropped), writes each line's words joined by one space (whitespace tokens
dropped), one line out per line in: the SIGHAN format `topics segment --format text` writes.
"""
import sys

import rjieba

src, dst = sys.argv[1:3]
text = open(src, encoding='utf-8-sig').read()
cut = rjieba.cut
with open(dst, 'w', encoding='utf-8') as out:
    out.write('\n'.join(' '.join(w for w in cut(line, True) if not w.isspace()) for line in text.split('\n')))
