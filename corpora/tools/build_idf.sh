#!/bin/sh
# Builds corpora/idf.tsv, the document frequencies behind `topics keywords` (offline; users never need this).
# Documents: the records of ../shared/corpora/topics (government messages and replies, news),
# segmented by topics itself with the shipped model and lexicon. Only word counts are stored, no text.
set -e
cd "$(dirname "$0")/../.."
T=../shared/corpora/topics
.build/release/topics idf build "$T/teddy2020_hot.jsonl" "$T/teddy2020_replies.jsonl" "$T/teddy2020_msgs.dev.jsonl" \
    "$T/cnews_long.dev.jsonl" "$T/thucnews_titles.dev.jsonl" --min-documents 2 -o corpora/idf.tsv
