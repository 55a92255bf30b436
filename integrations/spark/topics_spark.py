#!/usr/bin/env python3
"""The topics pipeline over a partitioned archive with Apache Spark.

The per-document work stays in the Swift binary: each map stage streams a partition's JSON Lines
through a `topics` subprocess on the executor (one line out per line in, in order). Spark does what
needs the whole archive: the near-duplicate shuffle, the theme sample, the agenda aggregates.

    spark-submit integrations/spark/topics_spark.py ARCHIVE -o OUT --topics /opt/topics/bin/topics
    python3 integrations/spark/topics_spark.py ARCHIVE -o OUT --master 'local[2]' --topics .build/release/topics

ARCHIVE is JSON Lines (a file, a folder of part files, a glob) or Parquet (--format parquet, or a
path ending in .parquet) on any storage Spark reads (file:, hdfs:, s3a:, …). OUT is a folder on the
driver for the small results; the per-document part files go to --results (default OUT, which on a
cluster should be shared storage):

    OUT/tags/            part files, {id, tags} a document, in archive order   (topics tag -)
    OUT/duplicates.jsonl {canonical, members, size} a group                     (topics dedupe)
    OUT/sample.jsonl     the records the themes are fitted on; OUT/themes.model (topics cluster --save-model)
    OUT/assigned/        part files, each record with theme, theme_name, theme_distance, far (topics assign)
    OUT/aggregates.jsonl {theme, month, region, unit, count, likes}, {theme, authors, …} and {theme, duplicates}
                         (near-duplicates counted in the theme of the member their group keeps), then OUT/agenda/
                         (topics agenda --model OUT/themes.model --from-aggregates OUT/aggregates.jsonl OUT/sample.jsonl)

--topics is the binary as the executors see it: an absolute path installed on every node
(`make install PREFIX=…` puts the data it needs beside it), a name on their PATH, or a path relative
to the executor's working folder (spark-submit --archives topics.tgz#topics … --topics
topics/bin/topics). Stages whose command the binary lacks are skipped with a message.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import threading


# ---------------------------------------------------------------------------------------------
# The map stages: a partition through a topics subprocess.

def resolve(binary):
    """The topics binary on this executor: as given when it exists here (absolute, or relative to
    the working folder), else a file shipped with --files / addFile, else a name on PATH."""
    if os.path.exists(binary):
        return os.path.abspath(binary)
    try:
        from pyspark import SparkFiles
        shipped = SparkFiles.get(os.path.basename(binary))
        if os.path.exists(shipped):
            return shipped
    except Exception:
        pass
    return binary


def shipped(path):
    """A file added with SparkContext.addFile, as this executor sees it (or the path itself on one machine)."""
    try:
        from pyspark import SparkFiles
        local = SparkFiles.get(os.path.basename(path))
        if os.path.exists(local):
            return local
    except Exception:
        pass
    return path


def pipe_partition(binary, arguments, shipped_file=None):
    """A function for mapPartitions: (ordinal, line) pairs in, (ordinal, output line) out.

    '@file' in `arguments` stands for `shipped_file` as this executor sees it. The lines go to
    `topics ARGUMENTS` on its standard input from a thread while its output is read, so neither
    side blocks; a non-zero exit or a line count that differs fails the task with the
    command's standard error."""
    def run(rows):
        rows = list(rows)
        if not rows:
            return iter(())
        args = [a if a != '@file' else shipped(shipped_file) for a in arguments]
        command = [resolve(binary)] + args
        child = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        errors = []

        def feed():
            try:
                for _, line in rows:
                    child.stdin.write(line.encode('utf-8'))
                    child.stdin.write(b'\n')
            except BrokenPipeError:
                pass
            finally:
                child.stdin.close()

        def drain():
            errors.append(child.stderr.read())

        writer = threading.Thread(target=feed)
        reader = threading.Thread(target=drain)
        writer.start(); reader.start()
        out = [line.decode('utf-8').rstrip('\n') for line in child.stdout]
        writer.join(); reader.join()
        status = child.wait()
        stderr = b''.join(errors).decode('utf-8', 'replace')
        if status != 0 or len(out) != len(rows):
            raise RuntimeError(f"{' '.join(command)}: exit {status}, {len(out)} lines out for {len(rows)} in\n{stderr[-4000:]}")
        return iter([(ordinal, line) for (ordinal, _), line in zip(rows, out)])
    return run


def map_stage(indexed, binary, arguments, shipped_file=None):
    """RDD of (ordinal, input line) → RDD of (ordinal, output line), partition by partition."""
    return indexed.mapPartitions(pipe_partition(binary, arguments, shipped_file), preservesPartitioning=True)


def write_ordered(rdd, path):
    """(ordinal, line) pairs written as text part files in ordinal order."""
    rdd.sortByKey().values().saveAsTextFile(path)


# ---------------------------------------------------------------------------------------------
# Near-duplicates: the shuffle.

def compact_signature(record):
    """A `topics dedupe --signatures` record kept small: (id, band keys, text length, minhash as bytes).

    The signature arrives as 128 strings of 16 hex digits (about 2.4 kB of Python strings a record);
    as one bytes object it is 1 kB, pickled and shuffled without a list of objects behind it."""
    return (record.get('id'), tuple(record.get('bands') or ()), record.get('text_length') or 0,
            bytes.fromhex(''.join(record.get('minhash') or ())))


def estimated_jaccard(a, b):
    """The share of positions where two signatures (bytes, 8 bytes a value) agree."""
    n = len(a) // 8
    if n == 0 or len(a) != len(b):
        return 0.0
    return sum(1 for i in range(0, 8 * n, 8) if a[i:i + 8] == b[i:i + 8]) / n


def anchored_pairs(holders):
    """The holders of one band key → (first holder, other holder) pairs: the lowest ordinal is the anchor."""
    ordinals = sorted(set(holders))
    return [(ordinals[0], m) for m in ordinals[1:]]


def duplicate_groups(signatures, threshold, max_rounds=100):
    """Groups from `topics dedupe --signatures` lines: the rule of NearDuplicates.groups as a shuffle.

    signatures: RDD of (ordinal, compact_signature(record)). For each key, the document with the
    lowest ordinal is paired with every other holder (one shuffle of the band keys: a key's holders
    gathered, most keys have one); pairs whose signatures agree in at least `threshold` of their
    positions are edges; groups are the connected components (label propagation: each node takes
    the smallest label among its neighbours until none changes).
    Returns [(canonical ordinal, [member ordinals])] in order of first member."""
    keyed = signatures.flatMap(lambda r: [(key, r[0]) for key in r[1][1]])
    candidates = (keyed.groupByKey()
                  .flatMap(lambda kv: anchored_pairs(kv[1]))   # (anchor, member)
                  .distinct()
                  .cache())
    # Only documents in a candidate pair need their signature moved (a few per cent of an archive).
    involved = signatures.context.broadcast(set(candidates.flatMap(lambda p: p).distinct().collect()))
    minhash = signatures.filter(lambda r: r[0] in involved.value).mapValues(lambda r: r[3])
    edges = (candidates.join(minhash)                          # (anchor, (member, sig anchor))
             .map(lambda kv: (kv[1][0], (kv[0], kv[1][1])))    # (member, (anchor, sig anchor))
             .join(minhash)                                    # (member, ((anchor, sig anchor), sig member))
             .filter(lambda kv: estimated_jaccard(kv[1][0][1], kv[1][1]) >= threshold)
             .map(lambda kv: (kv[1][0][0], kv[0]))
             .cache())
    both_ways = edges.flatMap(lambda e: [e, (e[1], e[0])]).cache()
    # Every round keeps the same partition count: a union's partitions are the sum of its parts', so
    # without it they multiply round after round (50 000 partitions by round ~28 at a million).
    parts = max(1, signatures.getNumPartitions())
    labels = both_ways.keys().distinct(parts).map(lambda n: (n, n))
    for _ in range(max_rounds):
        proposed = both_ways.join(labels, parts).map(lambda kv: (kv[1][0], kv[1][1]))   # (neighbour, my label)
        updated = labels.union(proposed).reduceByKey(min, parts).cache()
        changed = updated.join(labels, parts).filter(lambda kv: kv[1][0] != kv[1][1]).count()
        labels = updated
        if changed == 0:
            break
    else:
        raise RuntimeError('duplicate groups: label propagation did not settle')
    lengths = signatures.mapValues(lambda r: r[2])
    members = (labels.join(lengths)                            # (node, (label, length))
               .map(lambda kv: (kv[1][0], (kv[0], kv[1][1])))
               .groupByKey()
               .map(lambda kv: sorted(kv[1])))
    groups = []
    for group in members.collect():
        # The canonical member: the longest text, the first of equals (NearDuplicates.canonical).
        canonical = max(group, key=lambda m: (m[1], -m[0]))[0]
        groups.append((canonical, [m for m, _ in group]))
    return sorted(groups, key=lambda g: g[1][0])


# ---------------------------------------------------------------------------------------------
# The agenda figures.

REGION_FIELDS = ['region', '地区', '区域', '区县', '所属地区', '所在地区']


def aggregate_key(record):
    """(theme, month, region, unit) of an assigned record, as topics reads those classes."""
    meta = record.get('metadata') if isinstance(record.get('metadata'), dict) else {}

    def field(names):
        for name in names:
            for source in (record, meta):
                value = source.get(name)
                if isinstance(value, str) and value.strip():
                    return value.strip()
        return None
    date = record.get('date')
    month = date[:7] if isinstance(date, str) and len(date) >= 7 and date[4] == '-' else None
    reply = record.get('reply') if isinstance(record.get('reply'), dict) else {}
    unit = field(['unit', 'lead_unit']) or reply.get('unit') or record.get('reply_unit')
    return (record.get('theme'), month, field(REGION_FIELDS), unit)


def record_likes(record):
    """The likes of a record as topics counts them (a number, or digits as text; else 0)."""
    value = record.get('likes')
    if isinstance(value, bool):
        return 0
    if isinstance(value, int):
        return value
    return int(value) if isinstance(value, str) and re.fullmatch(r'[+-]?[0-9]+', value) else 0


def record_authors(record):
    """The authors of a record as topics reads them: authors, else author, else user (text, or a list of texts)."""
    for name in ('authors', 'author', 'user'):
        value = record.get(name)
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            return value
        if isinstance(value, str) and value:
            return [value]
    return []


def theme_authors(records):
    """Per theme: (distinct authors, documents of the most active, of the second), by reduceByKey.
    records: RDD of assigned records (dicts)."""
    per_author = (records
                  .flatMap(lambda r: [((r.get('theme'), a), 1) for a in record_authors(r)] if r.get('theme') is not None else [])
                  .reduceByKey(lambda a, b: a + b))

    def merge(x, y):
        top = sorted(x[1] + y[1], reverse=True)[:2]
        return (x[0] + y[0], top)
    return per_author.map(lambda kv: (kv[0][0], (1, [kv[1]]))).reduceByKey(merge).collect()


# ---------------------------------------------------------------------------------------------

def has_command(binary, *command):
    try:
        return subprocess.run([binary, *command, '--help'], capture_output=True).returncode == 0
    except OSError:
        return False


def run_local(binary, arguments, label):
    print(f'topics-spark: {label}: {" ".join([binary] + arguments)}', file=sys.stderr)
    subprocess.run([binary] + arguments, check=True)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('input', help='JSON Lines or Parquet: a file, folder or glob on storage Spark reads')
    ap.add_argument('-o', '--output', required=True, help='output folder (created)')
    ap.add_argument('--topics', default='topics', help='the topics binary as the executors see it (default: topics on PATH)')
    ap.add_argument('--results', help='where the per-document part files go, as Spark names storage (default: -o; on a cluster e.g. hdfs:///topics/out)')
    ap.add_argument('--driver-topics', help='the topics binary on the driver, for cluster and agenda (default: --topics)')
    ap.add_argument('--format', choices=['jsonl', 'parquet'], help='input format (default: from the name)')
    ap.add_argument('--master', help="Spark master when not run by spark-submit, e.g. 'local[2]'")
    ap.add_argument('--driver-memory', default='2g', help='with --master: the JVM heap of the driver (local mode: of everything)')
    ap.add_argument('--partitions', type=int, help='minimum input partitions (JSON Lines)')
    ap.add_argument('--threshold', type=float, default=0.7, help='near-duplicate threshold (estimated Jaccard)')
    ap.add_argument('--taxonomy', help='taxonomy for tagging (shipped to the executors); default: the binary\'s own')
    ap.add_argument('--sample', type=int, default=20000, help='records the themes are fitted on (every n-th record)')
    ap.add_argument('--k', type=int, help='number of themes (default: chosen by topics cluster)')
    ap.add_argument('--stages', default='tag,dedupe,themes,agenda', help='comma-separated: tag, dedupe, themes, agenda')
    args = ap.parse_args(argv)
    stages = set(args.stages.split(','))
    driver_topics = args.driver_topics or args.topics

    from pyspark.sql import SparkSession
    from pyspark import StorageLevel
    builder = SparkSession.builder.appName('topics').config('spark.ui.showConsoleProgress', 'false')
    if args.master:
        os.environ.setdefault('PYSPARK_PYTHON', sys.executable)
        builder = builder.master(args.master).config('spark.driver.memory', args.driver_memory)
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    sc.setLogLevel('WARN')
    os.makedirs(args.output, exist_ok=True)
    out = os.path.abspath(args.output)
    results = args.results or out

    # Read: JSON Lines as lines, Parquet as JSON lines; the ordinal is the archive order that the
    # single-machine commands see (partitions in file order, lines in order).
    parquet = args.format == 'parquet' or (args.format is None and args.input.rstrip('/').endswith('.parquet'))
    if parquet:
        lines = spark.read.parquet(args.input).toJSON()
    else:
        lines = sc.textFile(args.input, args.partitions) if args.partitions else sc.textFile(args.input)
    indexed = (lines.filter(lambda l: l.strip())
               .zipWithIndex().map(lambda p: (p[1], p[0]))
               .persist(StorageLevel.MEMORY_AND_DISK))
    count = indexed.count()
    print(f'topics-spark: {count} records in {indexed.getNumPartitions()} partitions', file=sys.stderr)

    taxonomy = []
    if args.taxonomy:
        sc.addFile(os.path.abspath(args.taxonomy))
        taxonomy = ['--taxonomy', '@file']

    if 'tag' in stages:
        tags = map_stage(indexed, args.topics, ['tag', '-', '--quiet'] + taxonomy, shipped_file=args.taxonomy)
        write_ordered(tags, os.path.join(results, 'tags'))

    groups = None
    if 'dedupe' in stages:
        signatures = (map_stage(indexed, args.topics, ['dedupe', '--signatures', '--threshold', repr(args.threshold), '-'])
                      .mapValues(lambda line: compact_signature(json.loads(line)))
                      .persist(StorageLevel.MEMORY_AND_DISK))
        groups = duplicate_groups(signatures, args.threshold)
        wanted = sc.broadcast({m for _, members in groups for m in members})
        ids = dict(signatures.filter(lambda r: r[0] in wanted.value).mapValues(lambda r: r[0]).collect()) if groups else {}
        with open(os.path.join(out, 'duplicates.jsonl'), 'w', encoding='utf-8') as f:
            for canonical, members in groups:
                f.write(json.dumps({'canonical': ids[canonical], 'members': [ids[m] for m in members],
                                    'size': len(members)}, ensure_ascii=False) + '\n')
        duplicates = sum(len(m) - 1 for _, m in groups)
        print(f'topics-spark: dedupe: {count} documents, {len(groups)} groups, {duplicates} duplicates', file=sys.stderr)
        signatures.unpersist()

    assigned = None
    if 'themes' in stages:
        if not (has_command(driver_topics, 'cluster') and has_command(driver_topics, 'assign')
                and subprocess.run([driver_topics, 'cluster', '--help'], capture_output=True, text=True).stdout.find('--save-model') >= 0):
            print('topics-spark: themes: skipped: this topics has no `cluster --save-model` and `assign` '
                  '(issue 22 parts 1–2)', file=sys.stderr)
        else:
            step = max(1, -(-count // args.sample))
            sample = indexed.filter(lambda p: p[0] % step == 0).sortByKey().values().collect()
            sample_path = os.path.join(out, 'sample.jsonl')
            with open(sample_path, 'w', encoding='utf-8') as f:
                for line in sample:
                    f.write(line + '\n')
            model = os.path.join(out, 'themes.model')
            run_local(driver_topics, ['cluster', sample_path, '--save-model', model]
                      + (['--k', str(args.k)] if args.k else []) + ['-o', os.path.join(out, 'sample-themes.jsonl')], 'themes')
            sc.addFile(model)
            assigned = map_stage(indexed, args.topics, ['assign', '--model', '@file', '-'], shipped_file=model).persist(StorageLevel.MEMORY_AND_DISK)
            write_ordered(assigned, os.path.join(results, 'assigned'))

    if 'agenda' in stages and assigned is not None:
        # Cells (theme, month, region, unit) with their documents and likes; then each theme's
        # authors (distinct, and the two most active): the lines AgendaAggregates reads.
        # Near-duplicates merged as topics agenda --model merges them: a duplicate counts in the
        # theme of the member its group keeps (and once as a matter: the duplicates lines).
        records = assigned.map(lambda p: (p[0], json.loads(p[1])))
        merged_themes = {}
        if groups:
            canonical_of = {m: c for c, members in groups for m in members if m != c}
            kept = sc.broadcast(set(canonical_of.values()))
            kept_theme = dict(records.filter(lambda p: p[0] in kept.value).mapValues(lambda r: r.get('theme')).collect())
            merged_themes = {m: kept_theme.get(c) for m, c in canonical_of.items()}
        merged = sc.broadcast(merged_themes)

        def merge_theme(p):
            if p[0] in merged.value:
                p[1]['theme'] = merged.value[p[0]]
            return p[1]
        records = records.map(merge_theme).persist(StorageLevel.MEMORY_AND_DISK)
        counts = (records
                  .map(lambda r: (aggregate_key(r), (1, record_likes(r))))
                  .reduceByKey(lambda a, b: (a[0] + b[0], a[1] + b[1]))
                  .collect())
        authors = theme_authors(records)
        duplicates_per_theme = {}
        for theme in merged_themes.values():
            if theme is not None:
                duplicates_per_theme[theme] = duplicates_per_theme.get(theme, 0) + 1
        aggregates = os.path.join(out, 'aggregates.jsonl')
        with open(aggregates, 'w', encoding='utf-8') as f:
            for (theme, month, region, unit), (n, likes) in sorted(counts, key=lambda kv: tuple('' if v is None else str(v) for v in kv[0])):
                f.write(json.dumps({'theme': theme, 'month': month, 'region': region, 'unit': unit, 'count': n, 'likes': likes},
                                   ensure_ascii=False) + '\n')
            for theme, (distinct, top) in sorted(authors, key=lambda kv: kv[0]):
                f.write(json.dumps({'theme': theme, 'authors': distinct, 'top_author_documents': top[0] if top else 0,
                                    'second_author_documents': top[1] if len(top) > 1 else 0}) + '\n')
            for theme, n in sorted(duplicates_per_theme.items()):
                f.write(json.dumps({'theme': theme, 'duplicates': n}) + '\n')
        if subprocess.run([driver_topics, 'agenda', '--help'], capture_output=True, text=True).stdout.find('--from-aggregates') >= 0:
            # The themes' figures from the counts; hot issues and examples from the fitting sample.
            run_local(driver_topics, ['agenda', '--from-aggregates', aggregates, '--model', model, sample_path,
                                      '-o', os.path.join(out, 'agenda')], 'agenda')
        else:
            print('topics-spark: agenda: aggregates written; this topics has no `agenda --from-aggregates`', file=sys.stderr)
    elif 'agenda' in stages:
        print('topics-spark: agenda: skipped: it needs the themes stage', file=sys.stderr)

    spark.stop()


if __name__ == '__main__':
    main()
