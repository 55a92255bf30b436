#!/usr/bin/env python3
"""A generated archive of public messages for the Spark job's test and benchmark.

usage: make_archive.py N OUT.jsonl [--seed S] [--parts P]

Each record is {id, kind, title, text, date, region, unit, user, likes}: a title from one real
message of ../shared/corpora/topics and a text of 2 to 4 sentences drawn from others, so records
are mostly distinct; then about 4 % are copies of an earlier record with a few characters changed
and 2 % with a greeting and sign-off added (near-duplicates), and 1 % exact copies with their
punctuation changed. Dates run over 2018–2019; region is the district a title names (A3区 …) or
one drawn at random; unit one of twelve handling units. Deterministic for a seed. With --parts the
records go into OUT as a folder of P part files (part-00000.jsonl …), in order.
"""
import argparse, json, os, random, re

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.join(os.path.dirname(ROOT), 'shared', 'corpora', 'topics')
UNITS = ['市住房和城乡建设局', '市教育局', '市公安局', '市生态环境局', '市交通运输局', '市卫生健康委员会',
         '市人力资源和社会保障局', '市市场监督管理局', '市自然资源和规划局', '市城市管理和综合执法局', '区人民政府', '县人民政府']
REGIONS = ['A1区', 'A2区', 'A3区', 'A4区', 'A5区', 'A6区', 'A7区', 'B1县', 'K8县', 'L2县']
FILLER = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面'


def sources():
    titles, sentences = [], []
    for name in ('teddy2020_hot.jsonl', 'teddy2020_replies.jsonl', 'teddy2020_msgs.dev.jsonl'):
        with open(os.path.join(SHARED, name), encoding='utf-8') as f:
            for line in f:
                r = json.loads(line)
                if r.get('title'):
                    titles.append(r['title'])
                text = (r.get('text') or '').replace('_x000D_', '')
                sentences.extend(s for s in re.split(r'(?<=[。！？])', text) if len(s) >= 8)
    return titles, sentences


def records(n, seed):
    rng = random.Random(seed)
    titles, sentences = sources()
    made = []
    for i in range(n):
        roll = rng.random()
        if made and roll < 0.04:
            base = dict(made[rng.randrange(len(made))])
            chars = list(base['text'])
            for _ in range(rng.randint(1, 6)):
                chars[rng.randrange(len(chars))] = rng.choice(FILLER)
            base['text'] = ''.join(chars)
        elif made and roll < 0.06:
            base = dict(made[rng.randrange(len(made))])
            base['text'] = '尊敬的领导：您好！' + base['text'] + '望尽快解决，谢谢！'
        elif made and roll < 0.07:
            base = dict(made[rng.randrange(len(made))])
            base['text'] = base['text'].replace('，', ',').replace('。', '.')
        else:
            title = rng.choice(titles)
            region = re.search(r'[A-Z]\d*[区县市]', title)
            base = {'kind': 'message', 'title': title,
                    'text': ''.join(rng.choice(sentences) for _ in range(rng.randint(2, 4))),
                    'region': region.group(0) if region else rng.choice(REGIONS),
                    'unit': rng.choice(UNITS)}
        base['id'] = f'm{i}'
        base['date'] = f'{rng.choice((2018, 2019))}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00'
        base['user'] = f'U{rng.randrange(10 ** 6):06d}'
        base['likes'] = rng.choice((0, 0, 0, 1, 2, 5, 12))
        made.append(base)
        yield {k: base[k] for k in ('id', 'kind', 'title', 'text', 'date', 'region', 'unit', 'user', 'likes')}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('n', type=int)
    ap.add_argument('out')
    ap.add_argument('--seed', type=int, default=22)
    ap.add_argument('--parts', type=int, default=0)
    args = ap.parse_args()
    if args.parts:
        os.makedirs(args.out, exist_ok=True)
        files = [open(os.path.join(args.out, f'part-{p:05d}.jsonl'), 'w', encoding='utf-8') for p in range(args.parts)]
        per = -(-args.n // args.parts)
        for i, r in enumerate(records(args.n, args.seed)):
            files[i // per].write(json.dumps(r, ensure_ascii=False) + '\n')
        for f in files:
            f.close()
    else:
        with open(args.out, 'w', encoding='utf-8') as f:
            for r in records(args.n, args.seed):
                f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
