#!/usr/bin/env bash
# Builds and runs one libFuzzer target of Fuzz/ for a number of seconds.
#
#   scripts/fuzz.sh TARGET SECONDS [LIBFUZZER OPTIONS...]
#   scripts/fuzz.sh FuzzSentences 600
#   scripts/fuzz.sh list                 # the targets
#
# TARGET is one of FuzzArticleReader, FuzzFrontMatter, FuzzQuantities, FuzzDates, FuzzSentences, FuzzPipeline.
# The fuzzer starts from the seeds in Fuzz/Seeds/TARGET (if any) and the articles of content/articles, and keeps
# the corpus it grows in Fuzz/.work/corpus/TARGET; a crashing input is saved in Fuzz/.work/artifacts/TARGET/
# (Fuzz/.work is git-ignored). A crash makes the script exit non-zero: turn the input into a regression test.
# The build is release, with address sanitizer, in Fuzz/.build (the root package's .build is left alone);
# FUZZ_NO_BUILD=1 runs the binary as last built.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
fuzz="$root/Fuzz"
targets=(FuzzArticleReader FuzzFrontMatter FuzzQuantities FuzzDates FuzzSentences FuzzPipeline)

if [[ "${1:-}" == "list" ]]; then printf '%s\n' "${targets[@]}"; exit 0; fi
if [[ $# -lt 2 ]]; then
    echo "usage: scripts/fuzz.sh TARGET SECONDS [libFuzzer options...]   (scripts/fuzz.sh list for the targets)" >&2
    exit 2
fi
target="$1"; seconds="$2"; shift 2
if [[ ! " ${targets[*]} " == *" $target "* ]]; then
    echo "scripts/fuzz.sh: error: unknown target '$target'; choose one of: ${targets[*]}" >&2
    exit 2
fi

# `--sanitize fuzzer` (rather than `-Xswiftc -sanitize=fuzzer`) tells SwiftPM to leave `main` to libFuzzer;
# `-enable-testing` lets a target reach an internal parser through `@testable import`.
flags=(-c release --sanitize fuzzer --sanitize address -Xswiftc -parse-as-library -Xswiftc -enable-testing)
if [[ -z "${FUZZ_NO_BUILD:-}" ]]; then
    swift build --package-path "$fuzz" "${flags[@]}" --product "$target" >&2
fi
binary="$(swift build --package-path "$fuzz" "${flags[@]}" --show-bin-path)/$target"

corpus="$fuzz/.work/corpus/$target"
artifacts="$fuzz/.work/artifacts/$target"
mkdir -p "$corpus" "$artifacts" "$fuzz/.work/tmp"
# FuzzPipeline writes its content folder here.
export TMPDIR="$fuzz/.work/tmp"
seeds=("$root/content/articles")
[[ -d "$fuzz/Seeds/$target" ]] && seeds+=("$fuzz/Seeds/$target")
dictionary=()
[[ -f "$fuzz/Dictionaries/$target.dict" ]] && dictionary=(-dict="$fuzz/Dictionaries/$target.dict")

# Sentences and date lines are short: shorter inputs let those fuzzers run many more of them.
# A pipeline run reads the bundled list of 90,000 given names each time: seconds under the address sanitizer.
case "$target" in
    FuzzSentences|FuzzDates|FuzzQuantities) max_len=2048; timeout=20 ;;
    FuzzPipeline) max_len=16384; timeout=180 ;;
    *) max_len=16384; timeout=20 ;;
esac

# Only the first directory receives new inputs; the seeds are read, never written.
# Leak checks are off: the targets that tokenize load the word lists and WordNet once per process, as a build does,
# and LeakSanitizer reports the memory-mapped WordNet files' buffers, kept for the life of the process, as a leak
# of the first input (seen on FuzzQuantities and FuzzDates). Address errors and crashes are still caught.
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" exec "$binary" "$corpus" "${seeds[@]}" "${dictionary[@]}" \
    -max_total_time="$seconds" -max_len="$max_len" -timeout="$timeout" -rss_limit_mb=4096 -detect_leaks=0 \
    -artifact_prefix="$artifacts/" -print_final_stats=1 "$@"
