#!/usr/bin/env bash
# Builds a corpus with a release binary; prints the time of each stage, the total and the peak memory, then the
# median ratio against Hugo building the same corpus as a plain site (../shared/tools/bench_vs_hugo.sh, when present
# and hugo is installed; set BENCH_HUGO=0 to skip it).
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
bench=../shared/tools/bench_vs_hugo.sh
if [ "${BENCH_HUGO:-1}" != "0" ] && [ -x "$bench" ] && command -v hugo >/dev/null; then
    echo "against Hugo (3 alternating runs):"
    "$bench" .build/release/dossier "$corpus" 3
else
    echo "against Hugo: skipped (needs $bench and hugo; BENCH_HUGO=${BENCH_HUGO:-1})"
fi
