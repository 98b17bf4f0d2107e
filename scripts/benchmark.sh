#!/usr/bin/env bash
# Builds a corpus with a release binary; prints the time of each stage, the total and the peak memory.
# Usage: scripts/benchmark.sh [CONTENT_DIR] (default: ../shared/corpora/bbc)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpora/bbc}"
out="$(mktemp -d)/site"
swift build -c release >/dev/null
# `script` gives the build a terminal, so it prints its stages with counts and seconds.
script -qec ".build/release/dossier build --content '$corpus' --output '$out'" /dev/null | tr '\r' '\n' | grep -E ' s\)$|^Built'
/usr/bin/time -f "peak memory: %M KB, wall: %e s" .build/release/dossier build --quiet --content "$corpus" --output "$out"
echo "files: $(find "$out" -type f | wc -l), size: $(du -sh "$out" | cut -f1)"
rm -rf "$(dirname "$out")"
