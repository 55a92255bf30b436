#!/bin/sh
# Segmentation speed of two source trees side by side, without building the whole package:
# each tree's Sources/ChineseText segmenter (Segmentation/ and Characters/, the trainer and ICU
# left out) is compiled alone with `swiftc -O -wmo` around standalone/main.swift, then both run
# on the issue-18 speed text (SIGHAN PKU + MSR test text x8, 8.56 MB) in alternating rounds, each
# run segmenting it REPS times in one process. Prints the best and mean CPU seconds of one pass and
# of loading the model + CPPCC lexicon, and checks the two outputs are byte-identical.
#
# usage: Benchmarks/segmentation/compare_trees.sh TREE_A TREE_B [ROUNDS] [REPS]
#   e.g. compare_trees.sh /work/main .   (each tree uses its own corpora/)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
a=$(cd "$1" && pwd); b=$(cd "$2" && pwd); rounds=${3:-6}; reps=${4:-3}
work=$(mktemp -d "${TMPDIR:-/tmp}/segment-compare.XXXXXX")
trap 'rm -rf "$work"' EXIT
sighan="$here/../../../shared/corpora/sighan2005"
for c in pku msr; do sed '1s/^\xEF\xBB\xBF//' "$sighan/${c}_test.utf8"; done > "$work/one.utf8"
for k in 1 2 3 4 5 6 7 8; do cat "$work/one.utf8"; done > "$work/speed.utf8"
build() { # tree name
    mkdir -p "$work/$2"
    for f in "$1"/Sources/ChineseText/Segmentation/*.swift "$1"/Sources/ChineseText/Characters/*.swift; do
        case $(basename "$f") in SegmentationTrainer.swift) continue ;; esac
        sed -e 's/^import TopicsICU$//' -e 's/^import TopicsCore$//' "$f" > "$work/$2/$(basename "$f")"
    done
    cp "$here/standalone/main.swift" "$here/standalone/ICUWordBreakStub.swift" "$work/$2/"
    nice -n 5 swiftc -O -wmo -suppress-warnings -o "$work/$2.bin" "$work/$2"/*.swift
}
build "$a" a; build "$b" b
for k in $(seq "$rounds"); do
    for t in a b; do
        tree=$a; [ $t = b ] && tree=$b
        echo "$t $(REPS=$reps "$work/$t.bin" "$tree/corpora" "$work/speed.utf8" "$work/$t.out")"
    done
done | awk -v a="$a" -v b="$b" -v bytes="$(wc -c < "$work/speed.utf8")" '
    { n[$1]++; s[$1] += $5; if (!($1 in best) || $5 < best[$1]) best[$1] = $5; if (!($1 in load) || $3 < load[$1]) load[$1] = $3 }
    END { mb = bytes / 1e6
          printf "%-4s %9s %9s %9s %9s  %s\n", "", "best s", "mean s", "MB/s", "load s", "tree"
          printf "%-4s %9.3f %9.3f %9.1f %9.3f  %s\n", "A", best["a"], s["a"] / n["a"], mb / best["a"], load["a"], a
          printf "%-4s %9.3f %9.3f %9.1f %9.3f  %s\n", "B", best["b"], s["b"] / n["b"], mb / best["b"], load["b"], b
          printf "B / A speed: %.2fx (best), %.2fx (mean); CPU seconds of one pass, %d rounds\n", best["a"] / best["b"], (s["a"] / n["a"]) / (s["b"] / n["b"]), n["a"] }'
if cmp -s "$work/a.out" "$work/b.out"; then echo "outputs: byte-identical"; else echo "outputs: DIFFER"; fi
