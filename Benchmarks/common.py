"""What the benchmark scripts share: where things are, the generated archive records, a timed run.

A script in Benchmarks/NAME/ imports it with
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    import common
"""
import json, os, subprocess, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOPICS_CORPORA = os.path.join(os.path.dirname(ROOT), 'shared', 'corpora', 'topics')
DEFAULT_TOPICS = os.path.join(ROOT, '.build', 'release', 'topics')


def out_folder(name):
    """Benchmarks/out/NAME, created when missing."""
    path = os.path.join(ROOT, 'Benchmarks', 'out', name)
    os.makedirs(path, exist_ok=True)
    return path


def message_source():
    """(title, up to 200 characters of text, date) of every message and reply of ../shared/corpora/topics."""
    source = []
    for name in ('teddy2020_hot.jsonl', 'teddy2020_replies.jsonl', 'teddy2020_msgs.dev.jsonl'):
        for line in open(os.path.join(TOPICS_CORPORA, name), encoding='utf-8'):
            r = json.loads(line)
            source.append((r.get('title') or '', (r.get('text') or '')[:200], r.get('date')))
    return source


def write_records(path, n, source, prefix='r'):
    """n short suggestion records cycling through `source`, with fresh ids PREFIX0, PREFIX1 …"""
    with open(path, 'w', encoding='utf-8') as f:
        for i in range(n):
            title, text, date = source[i % len(source)]
            f.write(json.dumps({'id': f'{prefix}{i}', 'kind': 'suggestion', 'title': title, 'date': date, 'text': text},
                               ensure_ascii=False) + '\n')


def remove_sqlite(path):
    """A SQLite store and its -wal and -shm files, when there."""
    for suffix in ('', '-wal', '-shm'):
        if os.path.exists(path + suffix): os.remove(path + suffix)


def timed(command):
    """Runs command (it must succeed); returns its wall seconds and peak RSS in MB (/usr/bin/time)."""
    t = time.perf_counter()
    r = subprocess.run(['/usr/bin/time', '-f', '%M'] + command, capture_output=True, text=True, check=True)
    dt = time.perf_counter() - t
    return dt, int(r.stderr.strip().splitlines()[-1]) / 1024
