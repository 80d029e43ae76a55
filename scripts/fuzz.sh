#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang (in build-fuzz/) and runs them, then prints
# one line per target: executions, and whether it found anything. Exits non-zero on a finding.
#   scripts/fuzz.sh                        smoke run: every target on 2000 inputs from a fixed seed
#   scripts/fuzz.sh --long 600             every target for 600 s
#   scripts/fuzz.sh --long 600 lesson pcap only these targets
# Two runs may be started side by side (one per core); they build one after the other.
# New inputs that reach new code go to build-fuzz/fuzz-corpus/TARGET (the seeds in
# tests/fuzz/corpus stay as they are); an input that breaks a property or crashes is written to
# build-fuzz/fuzz-findings/TARGET/. Fix the parser, then copy the input to
# tests/fuzz/regressions/TARGET/ so tst_fuzzregressions replays it in every build.
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
build="$top/build-fuzz"
seconds=
mode=smoke
if [ "${1:-}" = "--long" ]; then
  seconds=${2:?"--long needs a number of seconds per target"}
  mode=long
  shift 2
fi

all_targets=(address subnet framedecode frameencode pcap lesson clisubnet labprotocol procnettcp systemarp labtrace)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")

if ! command -v clang++ >/dev/null; then
  echo "netsteps fuzz: clang++ is not installed (scripts/setup.sh installs it)" >&2
  exit 2
fi
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DNETSTEPS_FUZZ=ON >/dev/null
fi
# One build at a time: two runs started side by side (two long runs on two cores) share build-fuzz/.
mkdir -p "$build"
(
  flock 9
  cmake --build "$build" --parallel "$(nproc)" --target "${targets[@]/#/fuzz_}"
) 9>"$build/.fuzz-build.lock"

export LSAN_OPTIONS="suppressions=$top/tests/lsan.supp"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
rows=()
status=0
for target in "${targets[@]}"; do
  corpus="$build/fuzz-corpus/$target"
  findings="$build/fuzz-findings/$target"
  log="$build/fuzz-logs/$target.$mode.log"
  # Run a copy: a smoke run started meanwhile (scripts/test.sh) may relink the target.
  runner="$build/fuzz-run/fuzz_$target.$$"
  mkdir -p "$corpus" "$findings" "$(dirname "$log")" "$(dirname "$runner")"
  cp "$build/tests/fuzz/fuzz_$target" "$runner"
  seeds=("$top/tests/fuzz/corpus/$target")
  [ -d "$top/tests/fuzz/regressions/$target" ] && seeds+=("$top/tests/fuzz/regressions/$target")
  # A unit takes milliseconds; -timeout only catches a hang (a loaded machine can stall one for seconds).
  options=(-timeout=60 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$findings/")
  if [ -n "$seconds" ]; then
    options+=(-max_total_time="$seconds")
  else
    # The smoke run is the same on every machine, fast or loaded: a fixed seed and a fixed number
    # of inputs, so that CI never fails on a finding one run happened to reach and another not.
    options+=(-seed=1 -runs=2000)
  fi
  dictionary="$top/tests/fuzz/dictionaries/$target.dict"
  [ -f "$dictionary" ] && options+=(-dict="$dictionary")
  result=ok
  "$runner" "${options[@]}" "$corpus" "${seeds[@]}" >"$log" 2>&1 || result=FINDING
  rm -f "$runner"
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  if [ "$result" != ok ]; then
    status=1
    artifact=$(sed -n 's/.*Test unit written to //p' "$log" | tail -1)
    result="FINDING ${artifact:-(see $log)}"
  fi
  rows+=("$(printf '%-12s %12s  %s' "$target" "${executions:-?}" "$result")")
done

printf '%-12s %12s  %s\n' target executions result
printf '%s\n' "${rows[@]}"
exit $status
