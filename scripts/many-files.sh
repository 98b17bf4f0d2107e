#!/usr/bin/env bash
# Times a build whose content folder holds one folder of many files: by default 100,000 files, one in 1,000 an
# article (.txt) and the others not (.jpg), as when a folder of clippings is saved with its pages' images.
# Prints the time of each stage, the wall time and the peak memory.
# Usage: scripts/many-files.sh [DOSSIER_BINARY] [COUNT] [ONE_ARTICLE_IN]   (default: .build/release/dossier 100000 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
binary="${1:-.build/release/dossier}"
count="${2:-100000}"
every="${3:-1000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/content/articles/bulk"
python3 - "$work/content/articles/bulk" "$count" "$every" <<'PY'
import os, sys
folder, count, every = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
for i in range(count):
    name = f"note-{i:06d}.txt" if i % every == 0 else f"image-{i:06d}.jpg"
    with open(os.path.join(folder, name), "w") as f:
        f.write(f"Note {i} says the talks in Doha went on for {i % 90 + 2} days.\n")
PY
echo "$count files, $(find "$work/content" -name '*.txt' | wc -l) of them articles"
# `script` gives the build a terminal, so it prints its stages with counts and seconds.
script -qec "'$binary' build --content '$work/content' --output '$work/out'" /dev/null | tr '\r' '\n' | grep -E ' s\)$|^Built' || true
/usr/bin/time -f "peak memory: %M KB, wall: %e s" "$binary" build --quiet --content "$work/content" --output "$work/out2"
