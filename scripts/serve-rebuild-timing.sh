#!/usr/bin/env bash
# Times `dossier serve` rebuilds: serves CORPUS with a copy of templates/ and, once the first build is served, appends a
# comment to base.mustache, then an HTML comment (so every page changes again), then a comment to style.css, each after the rebuild before has finished; prints
# serve's line for each build (time, ratio against the first build, what was parsed, kept, rendered, written and linked).
# Before the first edit it waits (at most 60 s) for the spare serve copies from the output after the first build, as
# a user's first edit would come after it, and prints how long that took (a binary that makes no copy never has one).
# Usage: [WAIT_BEFORE_EDITS=SECONDS] [SYNC_BEFORE_EDITS=1] scripts/serve-rebuild-timing.sh BINARY [CONTENT_DIR]
# (default: ../shared/corpora/bbc). WAIT_BEFORE_EDITS=32 edits as a user who looks at the page first would: the
# previous builds' files are being written back to the disk by then, which is when deleting files is slow.
set -euo pipefail
cd "$(dirname "$0")/.."
binary="$1"
corpus="${2:-../shared/corpora/bbc}"
work="$(mktemp -d)"
trap 'kill -INT "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
cp -r templates "$work/templates"
"$binary" serve --content "$corpus" --templates "$work/templates" --output "$work/site" --port 0 2>"$work/log" &
server=$!
wait_for() { # COUNT lines of "Build took" in the log, at most 600 s
    for _ in $(seq 6000); do
        [ "$(grep -c '^Build took' "$work/log" || true)" -ge "$1" ] && return 0
        kill -0 "$server" 2>/dev/null || { cat "$work/log"; exit 1; }
        sleep 0.1
    done
    echo "timed out" >&2; cat "$work/log"; exit 1
}
# Before each edit: SYNC_BEFORE_EDITS=1 writes all dirty data back first (`sync`); WAIT_BEFORE_EDITS=SECONDS waits, as a
# user looking at the page would (on Linux, dirty data older than 30 s is being written back then).
before_edit() {
    [ "${SYNC_BEFORE_EDITS:-0}" = 1 ] && sync
    sleep "${WAIT_BEFORE_EDITS:-0}"
}
wait_for 1
grep -q '^Serving' "$work/log" || sleep 1
spare_wait=$(date +%s.%N)
for _ in $(seq 600); do
    compgen -G "$work/.site.spare-*" >/dev/null && break
    sleep 0.1
done
if compgen -G "$work/.site.spare-*" >/dev/null; then
    echo "Spare copied $(awk -v a="$spare_wait" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }') s after the first build was served"
else
    echo "No spare after 60 s"
fi
before_edit
printf '\n{{! edited by serve-rebuild-timing }}\n' >>"$work/templates/base.mustache"
wait_for 2
before_edit
printf '<!-- edited again by serve-rebuild-timing -->\n' >>"$work/templates/base.mustache"
wait_for 3
before_edit
printf '\n/* edited by serve-rebuild-timing */\n' >>"$work/templates/style.css"
wait_for 4
grep -E '^(Built|Build took)' "$work/log"
