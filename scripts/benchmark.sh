#!/usr/bin/env bash
# Builds a corpus with a release binary; prints the time of each stage, the total and the peak memory, then the
# median ratio against Hugo building the same corpus as a plain site (../shared/tools/bench_vs_hugo.sh, when present
# and hugo is installed; set BENCH_HUGO=0 to skip it).
# It also builds into a memory filesystem (/dev/shm, when there is one) and prints both runs' user and system
# processor time: the system time that the memory filesystem does not spend is what the disk's filesystem costs to
# create the site's files (on this project's machines, ext4 without a journal, whose search for a free inode skips the
# inodes deleted in the last 30 seconds, so a build just after another's output was deleted pays most).
# Usage: scripts/benchmark.sh [CONTENT_DIR] (default: ../shared/corpora/bbc)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpora/bbc}"
out="$(mktemp -d)/site"
swift build -c release >/dev/null
# `script` gives the build a terminal, so it prints its stages with counts and seconds.
script -qec ".build/release/dossier build --content '$corpus' --output '$out'" /dev/null | tr '\r' '\n' | grep -E ' s\)$|^Built'
echo "files: $(find "$out" -type f | wc -l), size: $(du -sh "$out" | cut -f1)"
rm -rf "$out"
/usr/bin/time -f "on disk: peak memory: %M KB, wall: %e s, user: %U s, system: %S s" .build/release/dossier build --quiet --content "$corpus" --output "$out"
rm -rf "$(dirname "$out")"
if [ -d /dev/shm ] && [ -w /dev/shm ]; then
    memory="$(mktemp -d /dev/shm/dossier-benchmark.XXXXXX)"
    /usr/bin/time -f "in memory (/dev/shm): wall: %e s, user: %U s, system: %S s" .build/release/dossier build --quiet --content "$corpus" --output "$memory/site"
    rm -rf "$memory"
fi
bench=../shared/tools/bench_vs_hugo.sh
if [ "${BENCH_HUGO:-1}" != "0" ] && [ -x "$bench" ] && command -v hugo >/dev/null; then
    echo "against Hugo (3 alternating runs):"
    "$bench" .build/release/dossier "$corpus" 3
else
    echo "against Hugo: skipped (needs $bench and hugo; BENCH_HUGO=${BENCH_HUGO:-1})"
fi
