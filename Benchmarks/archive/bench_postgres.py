#!/usr/bin/env python3
"""The PostgreSQL store beside the SQLite store, in one run: import speed and memory, and search latency.

usage: Benchmarks/archive/bench_postgres.py [--topics BIN] [--records 100000] [--search-size 1000000]

1. Import: the records bench_import.py generates (title + up to 200 characters of text from
   ../shared/corpora/topics, fresh ids) imported by `topics import` into a new SQLite file and into
   a new PostgreSQL database: seconds, records/s and the importer's peak RSS, side by side. Then
   the PostgreSQL store made a schema-version-2 store (vectors without positions) and opened by
   the tool: the migration's time, and the phrase's matches before and after.
2. Search: both stores grown to --search-size documents by copying the imported rows inside the
   database with new ids (SQL, so the size is reached in seconds rather than by re-segmenting),
   then each query run --repeat times as the stores run it (`search(_:limit: 20)`: SQLite FTS5
   `MATCH … ORDER BY rank`; PostgreSQL `ts_rank` over the window of the 2 000 matches stored last,
   and, as the anchor, `ts_rank` over every match as the store did before): median and p95 ms;
   the workspace's search page (`topics serve STORE`, GET /?q=…, one client, --repeat requests a
   query): p50 and p99 ms; and the time of `topics export --search` streaming every match.

The PostgreSQL server is private to the run: initdb in a temporary folder, pg_ctl on a free port
(as the `postgres` user when run as root), stopped at the end. Needs Debian's postgresql package
(`make setup-postgres`). Files go under Benchmarks/out/archive/.
"""
import argparse, os, re, shutil, signal, socket, sqlite3, statistics, subprocess, sys, tempfile, threading, time, urllib.parse, urllib.request

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import common

ap = argparse.ArgumentParser()
ap.add_argument('--topics', default=common.DEFAULT_TOPICS)
ap.add_argument('--records', type=int, default=100000)
ap.add_argument('--search-size', type=int, default=1000000)
ap.add_argument('--repeat', type=int, default=20)
ap.add_argument('--no-export', action='store_true', help='skip timing export --search (minutes with a debug binary)')
args = ap.parse_args()
out = common.out_folder('archive')

bins = sorted((d for d in os.listdir('/usr/lib/postgresql') if d.isdigit()), key=int) if os.path.isdir('/usr/lib/postgresql') else []
if not bins:
    sys.exit('needs PostgreSQL: install Debian\'s postgresql package (make setup-postgres)')
bin_dir = f'/usr/lib/postgresql/{bins[-1]}/bin'
as_user = ['runuser', '-u', 'postgres', '--'] if os.getuid() == 0 else []

# --- the private server
folder = tempfile.mkdtemp(prefix='topics-bench-pg-')
if as_user: shutil.chown(folder, 'postgres')
with socket.socket() as s:
    s.bind(('127.0.0.1', 0)); port = s.getsockname()[1]
subprocess.run(as_user + [f'{bin_dir}/initdb', '-D', f'{folder}/data', '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-locale'],
               check=True, capture_output=True)
subprocess.run(as_user + [f'{bin_dir}/pg_ctl', '-D', f'{folder}/data', '-l', f'{folder}/log', '-w', '-o',
                          f'-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c shared_buffers=512MB', 'start'],
               check=True, capture_output=True)

servers = {}

def psql_times(sql):
    """Milliseconds of each of --repeat runs of sql on the bench database, as psql's \\timing reports them,
    with the work_mem PostgresStore sets for its session."""
    r = subprocess.run([f'{bin_dir}/psql', '-h', '127.0.0.1', '-p', str(port), '-U', 'postgres', '-d', 'bench', '-At'],
                       input="SET work_mem = '64MB';\n\\timing on\n" + (sql + '\n') * args.repeat, capture_output=True, text=True, check=True)
    return [float(line.split()[1]) for line in r.stdout.splitlines() if line.startswith('Time: ')]

def serve(store):
    """`topics serve STORE --port 0`: the process and its port."""
    process = subprocess.Popen([args.topics, 'serve', store, '--port', '0'], stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 300
    while time.time() < deadline:
        m = re.search(r'http://127\.0\.0\.1:(\d+)/', process.stderr.readline())
        if m:
            threading.Thread(target=lambda: process.stderr.read(), daemon=True).start()
            return process, int(m.group(1))
    process.kill()
    sys.exit(f'topics serve {store} did not start')

def page_times(server, query):
    """Milliseconds of --repeat requests for the search page of query, one after another (the first one unmeasured)."""
    _, port = server
    times = []
    for n in range(args.repeat + 1):
        t = time.perf_counter()
        with urllib.request.urlopen(f'http://127.0.0.1:{port}/?q={urllib.parse.quote(query)}', timeout=120) as r:
            r.read()
            assert r.status == 200
        if n > 0: times.append((time.perf_counter() - t) * 1000)
    return times

def psql(db, sql):
    return subprocess.run([f'{bin_dir}/psql', '-h', '127.0.0.1', '-p', str(port), '-U', 'postgres', '-d', db, '-At',
                           '-v', 'ON_ERROR_STOP=1', '-c', sql], check=True, capture_output=True, text=True).stdout

try:
    # --- 1. import, side by side
    n = args.records
    path = os.path.join(out, f'records_{n}.jsonl')
    common.write_records(path, n, common.message_source())
    sqlite_store = os.path.join(out, f'pgbench_{n}.db')
    common.remove_sqlite(sqlite_store)
    subprocess.run([f'{bin_dir}/createdb', '-h', '127.0.0.1', '-p', str(port), '-U', 'postgres', 'bench'], check=True)
    url = f'postgres://postgres@127.0.0.1:{port}/bench'
    print(f'Import of {n} generated records ({os.path.getsize(path) / 1e6:.1f} MB of JSON Lines), batches of 1000, one run:\n')
    print('| store | seconds | records/s | importer peak RSS MB |')
    print('|---|---|---|---|')
    for label, store in (('SQLite', sqlite_store), ('PostgreSQL', url)):
        dt, rss = common.timed([args.topics, 'import', path, '--store', store, '--quiet'])
        print(f'| {label} | {dt:.1f} | {n / dt:.0f} | {rss:.0f} |')
    print(f'\n(PostgreSQL database size after import: {psql("bench", "SELECT pg_size_pretty(pg_database_size(current_database()))").strip()}; '
          f'SQLite file: {os.path.getsize(sqlite_store) / 1e6:.0f} MB)')

    # --- 1b. an existing store of schema version 2 opened by this tool: its vectors without
    # positions, as version 2 wrote them (array_to_tsvector), and clusters.duplicate_of; the first
    # command to open it migrates it to version 3 (search rebuilt with positions, in one transaction).
    phrase, phrase_q = '"物业 公司"', "$q$'物业' <-> '公司'$q$::tsquery"
    phrase_count = lambda: int(psql('bench', f'SELECT count(*) FROM documents WHERE search @@ {phrase_q}'))
    before = phrase_count()
    psql('bench', 'UPDATE documents SET search = strip(search); ALTER TABLE clusters ADD COLUMN duplicate_of text; '
                  'UPDATE topics_schema SET version = 2')
    psql('bench', 'VACUUM ANALYZE documents')
    stripped = phrase_count()
    exported = os.path.join(out, 'pgbench_migrated.jsonl')
    dt, rss = common.timed([args.topics, 'export', url, '--search', phrase, '-o', exported])
    lines = sum(1 for _ in open(exported, encoding='utf-8'))
    print(f'\nSchema 2 → 3 on the imported store ({n} documents): the first command that opens it (export --search {phrase}) '
          f'{dt:.1f} s, peak RSS {rss:.0f} MB; version now {psql("bench", "SELECT version FROM topics_schema").strip()}; '
          f'phrase matches {before} as imported, {stripped} in the version-2 vectors, {phrase_count()} after the migration '
          f'({lines} exported)')

    # --- 2. grow both to --search-size documents, then search
    size = max(args.search_size, n)
    copies = (size + n - 1) // n
    t = time.perf_counter()
    for k in range(1, copies):
        psql('bench', f"""INSERT INTO documents (id, kind, title, date, source, authors, number, category, text, record, words, search)
                          SELECT id || '-c{k}', kind, title, date, source, authors, number, category, text, record, words, search
                          FROM documents WHERE seq <= {n} ORDER BY seq""")
    psql('bench', 'VACUUM ANALYZE documents')
    grow_pg = time.perf_counter() - t
    t = time.perf_counter()
    db = sqlite3.connect(sqlite_store)
    for k in range(1, copies):
        # documents_fts.rowid = documents.rowid: copy k of row r is row r + k·n in both tables.
        db.execute(f"""INSERT INTO documents (rowid, id, kind, title, date, source, authors, number, category, text, record)
                       SELECT rowid + {k * n}, id || '-c{k}', kind, title, date, source, authors, number, category, text, record
                       FROM documents WHERE rowid <= {n}""")
        db.execute(f"""INSERT INTO documents_fts (rowid, document_id, title, words)
                       SELECT rowid + {k * n}, document_id || '-c{k}', title, words FROM documents_fts WHERE rowid <= {n}""")
        db.execute(f"""INSERT INTO document_facets (rowid, id, kind, source, day)
                       SELECT rowid + {k * n}, id || '-c{k}', kind, source, day FROM document_facets WHERE rowid <= {n}""")
        db.commit()
    grow_sqlite = time.perf_counter() - t
    total_pg = int(psql('bench', 'SELECT count(*) FROM documents'))
    total_sqlite = db.execute('SELECT count(*) FROM documents').fetchone()[0]
    print(f'\nSearch on {total_pg} documents in PostgreSQL and {total_sqlite} in SQLite '
          f'(grown by copying rows: {grow_pg:.0f} s and {grow_sqlite:.0f} s), the store\'s own top-20 query, {args.repeat} runs each:\n')
    servers = {label: serve(store) for label, store in (('SQLite', sqlite_store), ('PostgreSQL', url))}
    print('| query | matches | SQLite median / p95 ms | PostgreSQL median / p95 ms | PostgreSQL ranking every match (before) median / p95 ms '
          '| page SQLite p50 / p99 ms | page PostgreSQL p50 / p99 ms | export --search SQLite s | export --search PostgreSQL s |')
    print('|---|---|---|---|---|---|---|---|---|')
    p95 = lambda xs: sorted(xs)[max(0, int(len(xs) * 0.95) - 1)]
    p99 = lambda xs: sorted(xs)[min(len(xs) - 1, int(len(xs) * 0.99))]
    for query, tsquery in (('停车', "'停车'"), ('物业', "'物业'"), ('学校 收费', "'学校' & '收费'"), ('噪音 OR 扰民', "'噪音' | '扰民'"),
                           ('充电桩', "'充电桩'"), ('加装电梯', "'加装电梯'"), ('"物业 公司"', "'物业' <-> '公司'")):
        q = f'$q${tsquery}$q$::tsquery'   # the tsquery text TextSearch makes from the query
        times_sqlite = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            db.execute('SELECT document_id FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank LIMIT 20', (query,)).fetchall()
            times_sqlite.append((time.perf_counter() - t) * 1000)
        # PostgresStore.search(_:limit:): ts_rank over the window only.
        times_pg = psql_times(f"SELECT id FROM (SELECT seq, id, search FROM documents WHERE search @@ {q} ORDER BY seq + 0 DESC LIMIT 2000) w "
                              f"ORDER BY ts_rank(search, {q}) DESC, seq LIMIT 20;")
        times_all = psql_times(f"SELECT id FROM documents WHERE search @@ {q} ORDER BY ts_rank(search, {q}) DESC, seq LIMIT 20;")
        # The workspace's page: its words (each a prefix, all required); phrases and OR are the CLI's syntax.
        pages = {label: page_times(p, query) for label, p in servers.items()} if '"' not in query and ' OR ' not in query else None
        matches = int(psql('bench', f'SELECT count(*) FROM documents WHERE search @@ {q}'))
        exports = [float('nan')] * 2 if args.no_export else []
        for store in () if args.no_export else (sqlite_store, url):
            t = time.perf_counter()
            subprocess.run([args.topics, 'export', store, '--search', query, '-o', os.path.join(out, 'pgbench_search.jsonl')], check=True)
            exports.append(time.perf_counter() - t)
        shown = lambda xs, hi: f'{statistics.median(xs):.1f} / {hi(xs):.1f}'
        page = lambda label: shown(pages[label], p99) if pages else '–'
        print(f'| {query} | {matches} | {shown(times_sqlite, p95)} | {shown(times_pg, p95)} | {shown(times_all, p95)} | '
              f'{page("SQLite")} | {page("PostgreSQL")} | {exports[0]:.1f} | {exports[1]:.1f} |')
finally:
    for process, _ in servers.values():
        process.send_signal(signal.SIGINT)
        try: process.wait(timeout=10)
        except subprocess.TimeoutExpired: process.kill()
    subprocess.run(as_user + [f'{bin_dir}/pg_ctl', '-D', f'{folder}/data', '-m', 'fast', '-w', 'stop'], capture_output=True)
    shutil.rmtree(folder, ignore_errors=True)
