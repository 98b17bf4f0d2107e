#!/usr/bin/env bash
# The size guard: times the build of one generated article of WORDS words (default 200,000, about 1.2 MB; 3000000
# makes the 18 MB article of issue 13), made by scripts/make-large-corpus.py from the BBC corpus's paragraphs.
# Prints the time of each stage, the wall time and the peak memory: a stage whose time grows faster than the
# article (compare 200000 with 400000) is not linear.
# Usage: scripts/large-article.sh [WORDS] [DOSSIER_BINARY] [SOURCE_CORPUS]
#        (default: 200000 .build/release/dossier ../shared/corpora/bbc)
set -euo pipefail
cd "$(dirname "$0")/.."
words="${1:-200000}"
binary="${2:-.build/release/dossier}"
source="${3:-../shared/corpora/bbc}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 scripts/make-large-corpus.py article "$words" "$work/content" "$source"
# `script` gives the build a terminal, so it prints its stages with counts and seconds.
script -qec "'$binary' build --content '$work/content' --output '$work/out'" /dev/null | tr '\r' '\n' | grep -E ' s\)$|^Built' || true
/usr/bin/time -f "peak memory: %M KB, wall: %e s, user: %U s" "$binary" build --quiet --content "$work/content" --output "$work/out2"
