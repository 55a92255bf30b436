#!/usr/bin/env python3
"""Load check of `topics serve` (issue 19): concurrent clients searching a large store while an
import writes the same store.

usage: Benchmarks/serve/load_search.py [--topics BIN] [--documents 100000] [--clients 8] [--seconds 60]
                                       [--import-documents 20000] [--window N]

Builds a store of --documents short records (cycling through the messages and replies of
../shared/corpora/topics with fresh ids, as Benchmarks/archive/bench_import.py does), starts
`topics serve STORE --port 0`, then for --seconds runs --clients threads, each sending search
requests (GET /?q=WORD, WORD drawn from common words of the corpus) one after another over
loopback, while `topics import` adds --import-documents more records to the same store.

Prints requests/s, p50/p90/p99 latency of the search page, how many requests failed, the WAL's
largest and median size while the import wrote (sampled twice a second), and, as the
anchor measured in the same run, the same queries answered by Python's sqlite3 directly on the
store (FTS5 MATCH + LIMIT 20, no HTML): the ratio says what the server adds to the bare index.
Goal: p99 < 100 ms for search. Everything stays on 127.0.0.1; every loop is bounded in time.
"""
import argparse, json, os, random, re, signal, sqlite3, subprocess, sys, threading, time, urllib.parse, urllib.request

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
topics_dir = os.path.join(os.path.dirname(root), 'shared', 'corpora', 'topics')
ap = argparse.ArgumentParser()
ap.add_argument('--topics', default=os.path.join(root, '.build', 'release', 'topics'))
ap.add_argument('--documents', type=int, default=100000)
ap.add_argument('--import-documents', type=int, default=20000)
ap.add_argument('--clients', type=int, default=8)
ap.add_argument('--seconds', type=float, default=60)
ap.add_argument('--window', type=int, help="serve's --search-window (default: serve's own)")
args = ap.parse_args()
out = os.path.join(root, 'Benchmarks', 'out', 'serve')
os.makedirs(out, exist_ok=True)

source = []
for name in ('teddy2020_hot.jsonl', 'teddy2020_replies.jsonl', 'teddy2020_msgs.dev.jsonl'):
    for line in open(os.path.join(topics_dir, name), encoding='utf-8'):
        r = json.loads(line)
        source.append((r.get('title') or '', (r.get('text') or '')[:200], r.get('date')))

def records(path, n, prefix):
    with open(path, 'w', encoding='utf-8') as f:
        for i in range(n):
            title, text, date = source[i % len(source)]
            f.write(json.dumps({'id': f'{prefix}{i}', 'kind': 'suggestion', 'title': title, 'date': date, 'text': text},
                               ensure_ascii=False) + '\n')

store = os.path.join(out, f'store_{args.documents}.db')
for suffix in ('', '-wal', '-shm'):
    if os.path.exists(store + suffix): os.remove(store + suffix)
base = os.path.join(out, 'base.jsonl'); extra = os.path.join(out, 'extra.jsonl')
records(base, args.documents, 'r'); records(extra, args.import_documents, 'late')
t = time.perf_counter()
subprocess.run([args.topics, 'import', base, '--store', store, '--quiet'], check=True)
print(f'store: {args.documents} documents imported in {time.perf_counter() - t:.1f} s', file=sys.stderr)

# Query words: frequent segmented words of the store (2+ characters, CJK), from its index.
db = sqlite3.connect(f'file:{store}?mode=ro', uri=True)
counts = {}
for (words,) in db.execute('SELECT words FROM documents_fts LIMIT 3000'):
    for w in words.split():
        if len(w) >= 2 and re.fullmatch(r'[\u4e00-\u9fff]+', w): counts[w] = counts.get(w, 0) + 1
queries = [w for w, _ in sorted(counts.items(), key=lambda kv: -kv[1])[20:220]]   # common, not the very commonest
random.seed(1)

server = subprocess.Popen([args.topics, 'serve', store, '--port', '0'] + (['--search-window', str(args.window)] if args.window else []),
                          stderr=subprocess.PIPE, text=True)
port = None
deadline = time.time() + 120
while time.time() < deadline:
    line = server.stderr.readline()
    m = re.search(r'http://127\.0\.0\.1:(\d+)/', line)
    if m: port = int(m.group(1)); break
if port is None:
    server.kill(); sys.exit('topics serve did not start')
threading.Thread(target=lambda: server.stderr.read(), daemon=True).start()

def cpu_seconds(pid):   # user + system time of a process, from /proc
    fields = open(f'/proc/{pid}/stat').read().rsplit(')', 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf('SC_CLK_TCK')
server_cpu_start = cpu_seconds(server.pid)

latencies, failures, lock = [], [0], threading.Lock()
stop_at = time.time() + args.seconds
def client(seed):
    rnd = random.Random(seed)
    while time.time() < stop_at:
        q = rnd.choice(queries)
        url = f'http://127.0.0.1:{port}/?q={urllib.parse.quote(q)}'
        t0 = time.perf_counter()
        try:
            with urllib.request.urlopen(url, timeout=10) as r:
                body = r.read()
                ok = r.status == 200 and b'documents' in body
        except Exception:
            ok = False
        dt = time.perf_counter() - t0
        with lock:
            if ok: latencies.append(dt)
            else: failures[0] += 1

# The WAL's size while the import writes (readers look their pages up in it): sampled twice a second.
wal_sizes = []
def watch_wal():
    while time.time() < stop_at:
        try: wal_sizes.append(os.path.getsize(store + '-wal'))
        except OSError: wal_sizes.append(0)
        time.sleep(0.5)

importer = subprocess.Popen([args.topics, 'import', extra, '--store', store, '--quiet'])
threads = [threading.Thread(target=client, args=(i,)) for i in range(args.clients)] + [threading.Thread(target=watch_wal)]
t = time.perf_counter()
for th in threads: th.start()
for th in threads: th.join()
elapsed = time.perf_counter() - t
server_cpu = cpu_seconds(server.pid) - server_cpu_start
import_status = importer.wait(timeout=600)
server.send_signal(signal.SIGINT)
try: server.wait(timeout=10)
except subprocess.TimeoutExpired: server.kill()

def pct(xs, p): return xs[min(len(xs) - 1, int(p * len(xs)))] * 1000 if xs else float('nan')
latencies.sort()
final = db.execute('SELECT count(*) FROM documents').fetchone()[0]

# Anchor, same run: the bare FTS5 query on the store from Python's sqlite3, one client.
anchor = []
for q in queries * 5:
    t0 = time.perf_counter()
    db.execute('SELECT document_id FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank LIMIT 20', (f'"{q}"',)).fetchall()
    anchor.append(time.perf_counter() - t0)
anchor.sort()
print(f'| clients | seconds | requests | requests/s | p50 ms | p90 ms | p99 ms | failed | import exit | documents after |')
print(f'|---|---|---|---|---|---|---|---|---|---|')
print(f'| {args.clients} | {elapsed:.0f} | {len(latencies)} | {len(latencies) / elapsed:.0f} | {pct(latencies, .5):.1f} | '
      f'{pct(latencies, .9):.1f} | {pct(latencies, .99):.1f} | {failures[0]} | {import_status} | {final} |')
print(f'server CPU per request: {server_cpu / max(1, len(latencies)) * 1000:.2f} ms (user + system while the clients ran)')
print(f'WAL file during the run: largest {max(wal_sizes, default=0) / 1e6:.1f} MB, median {sorted(wal_sizes)[len(wal_sizes) // 2] / 1e6 if wal_sizes else 0:.1f} MB')
print(f'anchor (sqlite3 FTS5 MATCH, LIMIT 20, one client): p50 {pct(anchor, .5):.2f} ms, p99 {pct(anchor, .99):.2f} ms; '
      f'server/anchor p50 ratio {pct(latencies, .5) / max(1e-9, pct(anchor, .5)):.1f}')
