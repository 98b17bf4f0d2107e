#!/usr/bin/env bash
# Counts the instructions a `dossier build` executes: a yardstick for speed work that gives the same figure from run
# to run (within about 0.1%) however loaded the machine is, where wall and processor times vary by 10% or more.
# It runs the build under QEMU's user-mode emulator with a small plugin (scripts/instruction-count/plugin.c), so the
# build takes 5-10 times longer; what runs in the kernel (system calls, page faults) is not counted.
#
#   scripts/instruction-count.sh BINARY [CORPUS] [N [--folders | --dso]]
#
# Prints the total; with N, also the N functions (or, with --folders, the N folders of Sources/; with --dso, the N
# libraries) with the most instructions of their own. CORPUS defaults to the sample (content/). The Swift hash seed is fixed
# (SWIFT_DETERMINISTIC_HASHING) so that dictionaries probe the same way each run. Needs `qemu-user` and a C compiler
# (the Swift toolchain's clang): apt-get install -y qemu-user.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=$(readlink -f "$1"); corpus=$(readlink -f "${2:-$here/../content}"); n=${3:-0}; mode=${4:-}
command -v qemu-x86_64 >/dev/null || { echo "qemu-x86_64 is not installed: apt-get install -y qemu-user"; exit 2; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
clang -O2 -shared -fPIC -o "$work/plugin.so" "$here/instruction-count/plugin.c"
SWIFT_DETERMINISTIC_HASHING=1 INSN_OUT="$work/dump" qemu-x86_64 -plugin "$work/plugin.so" \
  "$bin" build --content "$corpus" --output "$work/out" --quiet >/dev/null 2>"$work/stderr" \
  || { echo "the build failed:"; tail -5 "$work/stderr"; exit 1; }
if [ "$n" = 0 ]; then
  awk '$1 == "total" { print "total", $2, "instructions" }' "$work/dump"
else
  python3 "$here/instruction-count/profile.py" "$work/dump" "$n" $mode
fi
