#!/usr/bin/env bash
# Builds every fuzz target with clang (libFuzzer, ASan + UBSan on the libraries too, in their own
# build folder) and runs each for SECONDS under `nice -n 10`, one at a time unless
# SRE_FUZZ_JOBS says more, then prints one line per target: time, execs/s, coverage, crashes.
#
#   tests/fuzz/run-all.sh [SECONDS] [TARGET...]      # default 60 s; the issue's run is 1800
#
#   SRE_FUZZ_BUILD_DIR   build folder (default build-fuzz/ in the checkout)
#   SRE_FUZZ_JOBS        targets run at once (default 1)
#   SRE_FUZZ_UPDATE=1    afterwards, merge what the run found into tests/fuzz/corpus/<target>
#                        (libFuzzer -merge=1: only inputs that add coverage are kept)
#
# Each run starts from the committed corpus plus seeds made from the demo workspace and the test
# data (make-seeds.py). Crashes, timeouts (-timeout=10) and memory blowups (-rss_limit_mb=2048)
# are written to <build>/fuzz-work/<target>/artifacts/; the log is <build>/fuzz-work/<target>/log.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds="${1:-60}"
[ $# -gt 0 ] && shift
build="${SRE_FUZZ_BUILD_DIR:-$root/build-fuzz}"
jobs="${SRE_FUZZ_JOBS:-1}"
all=(prom_response slo_spec workspace_yaml alert_rules oncall postmortem markdown_table runbook_links
     runbook_display promql_text)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all[@]}")

export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}" CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1
if [ ! -f "$build/build.ninja" ]; then
  CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DSRE_FUZZ=ON -DSRE_BUILD_TESTS=OFF -DSRE_BUILD_BENCH=OFF >/dev/null
fi
exes=()
for t in "${targets[@]}"; do exes+=(--target "fuzz_$t"); done
nice -n 10 cmake --build "$build" -j "$(nproc)" "${exes[@]}"

rm -rf "$build/fuzz-seeds"
python3 "$here/make-seeds.py" "$build/fuzz-seeds"

run_one() {
  local t="$1" work="$build/fuzz-work/$1"
  rm -rf "$work"
  mkdir -p "$work/corpus" "$work/artifacts" "$build/fuzz-seeds/$t"
  local dirs=("$work/corpus" "$build/fuzz-seeds/$t")
  [ -d "$here/corpus/$t" ] && dirs+=("$here/corpus/$t")
  [ -d "$here/regressions/$t" ] && dirs+=("$here/regressions/$t")
  (cd "$work" && nice -n 10 "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
      -artifact_prefix="$work/artifacts/" -print_final_stats=1 "${dirs[@]}" >"$work/log" 2>&1) || true
}

running=0
for t in "${targets[@]}"; do
  run_one "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then
    wait -n || true
    running=$((running - 1))
  fi
done
wait

printf '%-16s %8s %10s %8s %8s %8s  %s\n' target seconds execs/s cov ft corpus result
for t in "${targets[@]}"; do
  log="$build/fuzz-work/$t/log"
  last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
  cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$last")
  ft=$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<<"$last")
  corp=$(sed -nE 's/.* corp: ([0-9]+).*/\1/p' <<<"$last")
  rate=$(sed -nE 's/^stat::average_exec_per_sec: *([0-9]+)/\1/p' "$log" | tail -1)
  time=$(sed -nE 's/.*Done [0-9]+ runs in ([0-9]+) second.*/\1/p' "$log" | tail -1)
  artifacts=$(ls "$build/fuzz-work/$t/artifacts" 2>/dev/null | tr '\n' ' ')
  result="no crash"
  [ -n "$artifacts" ] && result="FOUND: $artifacts(see $log)"
  printf '%-16s %8s %10s %8s %8s %8s  %s\n' "$t" "${time:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}" "$result"
done

if [ "${SRE_FUZZ_UPDATE:-0}" = 1 ]; then
  for t in "${targets[@]}"; do
    new="$build/fuzz-work/$t/merged"
    rm -rf "$new" && mkdir -p "$new"
    old=()
    [ -d "$here/corpus/$t" ] && old=("$here/corpus/$t")
    "$build/tests/fuzz/fuzz_$t" -merge=1 -rss_limit_mb=2048 -timeout=10 "$new" "${old[@]}" \
      "$build/fuzz-seeds/$t" "$build/fuzz-work/$t/corpus" >/dev/null 2>&1
    rm -rf "$here/corpus/$t" && mv "$new" "$here/corpus/$t"
    echo "corpus/$t: $(ls "$here/corpus/$t" | wc -l) inputs, $(du -sh "$here/corpus/$t" | cut -f1)"
  done
fi
