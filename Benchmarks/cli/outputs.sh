#!/bin/bash
# Every command run on the shipped samples and a slice of ../shared/corpora/topics, its stdout, stderr,
# exit status and files kept in OUTDIR: run before and after a change to the CLI and `diff -r` the two
# folders (only paths, timings and the xlsx creation stamps may differ). Issue 14.
# usage: Benchmarks/cli/outputs.sh OUTDIR   (from the repository root; TOPICS=… picks the binary, default .build/debug/topics)
set -u
T=${TOPICS:-$PWD/.build/debug/topics}
O=$(realpath -m "$1"); rm -rf "$O"; mkdir -p "$O"
S=../shared/corpora/topics
run() { local name=$1; shift; "$@" > $O/$name.out 2> $O/$name.err; echo $? > $O/$name.rc; }
unset TOPICS_STORE
head -300 $S/teddy2020_msgs.dev.jsonl > $O/msgs300.jsonl
head -200 $S/teddy2020_replies.jsonl > $O/replies200.jsonl
run extract1 $T extract corpora/samples -o $O/samples.jsonl
run extract2 $T extract corpora/samples --format text
run extract3 $T extract corpora/samples/*.txt corpora/samples/*.html --kind auto -o $O/documents.jsonl
run extract4 $T extract corpora/samples --format csv
run extractexplain $T extract corpora/samples/proposal-clean-heating.html --explain
run import $T import corpora/samples --store $O/samples.db
run export1 $T export $O/samples.db
run export2 $T export $O/samples.db --format csv --kind suggestion
run keywords $T keywords $O/documents.jsonl --top 5 --format text
run keywords2 $T keywords $O/documents.jsonl --method textrank -o $O/kw.jsonl
run idf $T idf build $O/msgs300.jsonl -o $O/idf.tsv
run run $T run corpora/samples -o $O/report
run agenda $T agenda $O/msgs300.jsonl -o $O/agenda --k 4
run tag1 $T tag $O/msgs300.jsonl
run tag2 $T tag $O/msgs300.jsonl --format csv
run tag3 $T tag --store $O/samples.db
run tag4 $T tag --store $O/samples.db --resume
run tagrec $T tag --records $O/msgs300.jsonl
run dedupe1 $T dedupe $O/msgs300.jsonl --unique $O/unique.jsonl
run dedupe2 $T dedupe --signatures $O/msgs300.jsonl
run dedupe3 $T dedupe --signatures $O/msgs300.jsonl -o $O/sig.jsonl
run cluster $T cluster $O/msgs300.jsonl --k 5 --save-model $O/themes.model --assignments $O/assign.jsonl
run assign $T assign --model $O/themes.model $O/msgs300.jsonl
run replies $T replies $O/replies200.jsonl --summary $O/units.jsonl
run segment1 $T segment corpora/samples/cppcc-work-report.txt
run segment2 $T segment corpora/samples/cppcc-work-report.txt --format jsonl
run segment3 $T segment --records $O/msgs300.jsonl
run train $T train $O/msgs300.jsonl --label-field label --cv 3 -o $O/m.model
run taxcheck $T taxonomy check corpora/taxonomy.yaml
run storecopy $T store copy $O/samples.db $O/copy.db
run exportcopy $T export $O/copy.db
# errors
run e1 $T extract
run e2 $T tag $O/msgs300.jsonl --format text
run e3 $T run corpora/samples --out X
run e4 $T cluster $O/msgs300.jsonl --features foo
run e5 $T export /nonexistent.db
run e6 $T extract /nonexistent.html
run e7 $T keywords --top 0
run e8 $T dedupe --signatures $O/msgs300.jsonl --format csv
run e9 $T import corpora/samples
run e10 $T train $O/msgs300.jsonl
for c in "" extract import export segment "segment train" keywords "idf build" tag train "taxonomy check" replies dedupe cluster assign agenda run serve "store copy"; do
  run "help-${c// /-}" $T $c --help
done
rm -f $O/*.db $O/*.model
