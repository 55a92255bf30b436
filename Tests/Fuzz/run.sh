#!/bin/sh
# Fuzz one target with libFuzzer + AddressSanitizer for SECONDS (default 600).
#   Tests/Fuzz/run.sh extract 600
# Seeds: the corpus kept in the repo (Tests/Fuzz/corpus/TARGET.tar.xz: every earlier run's inputs,
# minimised), corpora/samples, Tests/BadInputs and (when present) ../shared/corpora; findings go to
# .build-fuzz/out/TARGET/ (crash-*, leak-*, timeout-*), the growing corpus to .build-fuzz/out/TARGET/corpus.
# After the run, the kept corpus is merged with the new inputs and minimised again (libFuzzer's
# -merge=1): commit Tests/Fuzz/corpus/TARGET.tar.xz with the run's line in RELIABILITY.md.
set -e
cd "$(dirname "$0")/../.."
TARGET=${1:?target: extract decode segment document csv jsonl readers taxonomy themes}
SECONDS_TO_RUN=${2:-600}
swift build -c release --product topics-fuzz --scratch-path .build-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING
OUT=.build-fuzz/out/$TARGET
mkdir -p "$OUT/corpus" "$OUT/seeds"
KEPT=Tests/Fuzz/corpus/$TARGET.tar.xz
[ -f "$KEPT" ] && tar -xJf "$KEPT" -C "$OUT/corpus"
case $TARGET in
  extract|decode) cp corpora/samples/*.html Tests/BadInputs/*.html "$OUT/seeds/" 2>/dev/null || true
                  ls ../shared/corpora/extraction/pages/*.html 2>/dev/null | head -20 | xargs -r -I{} cp {} "$OUT/seeds/" ;;
  segment|document) cp corpora/samples/*.txt Tests/BadInputs/*.txt "$OUT/seeds/" 2>/dev/null || true
                  cp ../shared/corpora/seeds/*.txt "$OUT/seeds/" 2>/dev/null || true ;;
  csv) cp corpora/samples/*.csv Tests/BadInputs/*.csv "$OUT/seeds/" ;;
  jsonl) cp Tests/BadInputs/*.jsonl "$OUT/seeds/"; head -50 ../shared/corpora/topics/teddy2020_msgs.dev.jsonl > "$OUT/seeds/msgs.jsonl" 2>/dev/null || true ;;
  readers) # a format byte (0 jsonl, 1 csv, 2 txt, 3 html, 4 sqlite), then the file
          { printf '\000'; cat Tests/BadInputs/truncated.jsonl; } > "$OUT/seeds/a.jsonl"
          { printf '\001'; cat corpora/samples/messages.csv; } > "$OUT/seeds/b.csv"
          { printf '\002'; cat corpora/samples/proposal-rural-teachers.txt; } > "$OUT/seeds/c.txt"
          { printf '\003'; cat corpora/samples/proposal-clean-heating.html; } > "$OUT/seeds/d.html" ;;
  taxonomy) cp corpora/taxonomy.yaml "$OUT/seeds/" ;;
  themes) # a k byte, then message titles a line
          { printf '\003'; head -40 ../shared/corpora/topics/teddy2020_msgs.dev.jsonl 2>/dev/null | sed 's/.*"title": "\([^"]*\)".*/\1/'; } > "$OUT/seeds/titles.txt"
          { printf '\000'; printf '停车难\n停车难\n'; } > "$OUT/seeds/two.txt" ;;
esac
# An input slower than this is reported as a timeout. themes clusters up to 40 texts with restarts, which
# AddressSanitizer slows 20-30× (two texts without words: 0.2 s in release, 6 s here, over 10 s on a loaded machine).
TIMEOUT=10
[ "$TARGET" = themes ] && TIMEOUT=60
FUZZ_TARGET=$TARGET TOPICS_DATA=$PWD/corpora .build-fuzz/release/topics-fuzz "$OUT/corpus" "$OUT/seeds" \
    -max_total_time="$SECONDS_TO_RUN" -timeout=$TIMEOUT -rss_limit_mb=4096 -max_len=262144 \
    -artifact_prefix="$OUT/" -print_final_stats=1
# Keep the run: the old and new inputs, minimised, back into the repo's archive.
MERGED=$(mktemp -d)
FUZZ_TARGET=$TARGET TOPICS_DATA=$PWD/corpora .build-fuzz/release/topics-fuzz -merge=1 "$MERGED" "$OUT/corpus" \
    -timeout=$TIMEOUT -rss_limit_mb=4096 -max_len=262144 > "$OUT/merge.log" 2>&1
mkdir -p Tests/Fuzz/corpus
tar -cJf "$KEPT.tmp" -C "$MERGED" . && mv "$KEPT.tmp" "$KEPT"
rm -rf "$MERGED"
echo "kept $(tar -tJf "$KEPT" | grep -vc '/$') inputs in $KEPT"
