#!/usr/bin/env bash
# Builds into a full file system: a 5 MB tmpfs holding the output of the sample dossier, then a build of a corpus
# whose site is larger than the space left. That build must fail with exit status 1 and a message that names the
# full disk and what to do, and leave the previous output byte for byte as it was, with no folder beside it.
# A rebuild of the sample dossier must then succeed on the same small disk.
#
#   scripts/full-disk-test.sh DOSSIER_BINARY
#
# Mounting needs root (CI runs as root); otherwise the test runs in a user namespace if the system allows one.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
binary="$(readlink -f "$1")"

if [ "$(id -u)" != "0" ]; then
  if unshare --user --map-root-user --mount true 2>/dev/null; then
    exec unshare --user --map-root-user --mount "$0" "$@"
  fi
  echo "full-disk test: FAILED: mounting a tmpfs needs root or user namespaces"; exit 1
fi

work="$(mktemp -d /tmp/dossier-full-disk.XXXXXX)"
disk="$work/disk"
cleanup() { umount "$disk" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "full-disk test: FAILED: $*"; exit 1; }

# A corpus whose site does not fit: the sample articles, each copied 20 times under a new title (about 9 MB of site).
mkdir -p "$work/large/articles"
for copy in $(seq 1 20); do
  for article in "$repo"/content/articles/*.txt; do
    { echo "Copy $copy: $(head -n 1 "$article")"; tail -n +2 "$article"; } > "$work/large/articles/$copy-$(basename "$article")"
  done
done

mkdir -p "$disk"
mount -t tmpfs -o size=5m tmpfs "$disk"
"$binary" build --quiet --content "$repo/content" --templates "$repo/templates" --output "$disk/output" \
  || fail "the sample dossier does not build on the 5 MB disk"
before="$(cd "$disk/output" && find . -type f -print0 | sort -z | xargs -0 sha256sum)"
used_before="$(df --output=used "$disk" | tail -1)"

set +e
"$binary" build --quiet --content "$work/large" --templates "$repo/templates" --output "$disk/output" 2> "$work/stderr"
status=$?
set -e
cat "$work/stderr"
[ "$status" = "1" ] || fail "the build into a full disk exited with $status, not 1"
grep -q "error: cannot write the site (.*No space left on device); free some space on that disk or pass another --output; the previous output is unchanged" "$work/stderr" \
  || fail "the message does not say the disk is full and what to do"
after="$(cd "$disk/output" && find . -type f -print0 | sort -z | xargs -0 sha256sum)"
[ "$before" = "$after" ] || fail "the previous output was changed"
leftovers="$(ls -A "$disk" | grep -v '^output$' || true)"
[ -z "$leftovers" ] || fail "folders were left beside the output: $leftovers"
[ "$(df --output=used "$disk" | tail -1)" = "$used_before" ] || fail "the failed build did not give back the space it used"

"$binary" build --quiet --content "$repo/content" --templates "$repo/templates" --output "$disk/output" \
  || fail "a rebuild of the sample dossier failed after the full-disk failure"
echo "full-disk test: passed: exit status 1, the disk named as full, the previous output unchanged, nothing left beside it"
