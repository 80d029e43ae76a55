#!/usr/bin/env bash
# Installs what is missing, builds NetSteps and runs the whole test suite (ctest).
# Exits non-zero on any failure.
#   scripts/test.sh              the normal build, in build/
#   scripts/test.sh --sanitize   the same suite built with AddressSanitizer and UBSan, in build-asan/
#   scripts/test.sh -L unit      extra arguments go to ctest (here: only the unit tests)
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
build="$top/build"
cmake_args=()
if [ "${1:-}" = "--sanitize" ]; then
  shift
  build="$top/build-asan"
  cmake_args=(-DNETSTEPS_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug)
fi

"$top/scripts/setup.sh" "$build" "${cmake_args[@]}"

# Widget tests need a platform without a display; Qt wants a private runtime directory.
export QT_QPA_PLATFORM=offscreen
runtime=$(mktemp -d)
chmod 700 "$runtime"
export XDG_RUNTIME_DIR="$runtime"
trap 'rm -rf "$runtime"' EXIT

cd "$build"
ctest --output-on-failure --timeout 600 -j "$(nproc)" "$@"

# Fuzzing smoke run: every target of tests/fuzz on 2000 inputs (scripts/fuzz.sh), once, in
# the normal run, when clang is here. scripts/fuzz.sh --long SECONDS runs them for real.
if [ "$build" = "$top/build" ] && command -v clang++ >/dev/null; then
  "$top/scripts/fuzz.sh"
fi
