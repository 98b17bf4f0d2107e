#!/usr/bin/env bash
# Measures extraction quality with a release binary: the sample corpus (content/) against ../shared/gold/seeds.yaml,
# and the eight real stories of ../shared/corpora/stories against their gold. Prints both reports and the totals.
# Usage: scripts/evaluate.sh [--check]   (--check: exit 1 when a score is past its floor in scripts/quality-floors.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${DOSSIER_SHARED:-../shared}"
tools="$shared/tools"
if [ ! -f "$tools/score_dossier.py" ]; then
    echo "evaluate: $tools/score_dossier.py not found: the scoring tools and gold live in ../shared (or set DOSSIER_SHARED)" >&2
    exit 2
fi
swift build -c release >/dev/null
binary=.build/release/dossier
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$binary" build --quiet --content content --templates templates --output "$work/sample"
echo "== sample (content/ against seeds.yaml)"
python3 "$tools/score_dossier.py" "$work/sample/dossier.json" "$shared/gold/seeds.yaml"
python3 "$tools/score_dossier.py" "$work/sample/dossier.json" "$shared/gold/seeds.yaml" --json >"$work/sample.json"

echo "== stories ($shared/corpora/stories)"
python3 "$tools/score_stories.py" "$binary" --stories "$shared/corpora/stories" --gold "$shared/gold/stories" --templates templates
python3 "$tools/score_stories.py" "$binary" --stories "$shared/corpora/stories" --gold "$shared/gold/stories" --templates templates --json >"$work/stories.json"

[ "${1:-}" = "--check" ] || exit 0
echo "== floors (scripts/quality-floors.txt)"
python3 - "$work/sample.json" "$work/stories.json" scripts/quality-floors.txt <<'PY'
import json, sys
scores = {"sample": json.load(open(sys.argv[1])), "stories": json.load(open(sys.argv[2]))["total"]}
failed = 0
for number, line in enumerate(open(sys.argv[3]), 1):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    name, op, bound = line.split()
    corpus, metric = name.split(".", 1)
    value = scores[corpus].get(metric)
    ok = value is not None and (value >= float(bound) if op == ">=" else value <= float(bound))
    if not ok:
        failed += 1
        print(f"{sys.argv[3]}:{number}:1: error: {name} is {value}, past its floor {op} {bound}: "
              "find which change lowered it (scripts/evaluate.sh before and after)")
print(f"floors: {failed} past" if failed else "floors: all held")
sys.exit(1 if failed else 0)
PY
