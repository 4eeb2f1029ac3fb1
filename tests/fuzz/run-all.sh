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
# Each run starts from the committed corpus and regressions plus seeds made from the demo workspace
# and the test data (make-seeds.py). Crashes, timeouts (-timeout=10) and memory blowups
# (-rss_limit_mb=2048) are written to <build>/fuzz-work/<target>/artifacts/, and the run goes on;
# the log is <build>/fuzz-work/<target>/log.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds="${1:-60}"
[ $# -gt 0 ] && shift
build="${SRE_FUZZ_BUILD_DIR:-$root/build-fuzz}"
jobs="${SRE_FUZZ_JOBS:-1}"
all=(prom_response slo_spec workspace_yaml alert_rules oncall postmortem markdown_table runbook_links
     runbook_display promql_text ical alertmanager_json)
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
  # libFuzzer stops at the first crash, timeout or blowup (saved in artifacts/); start it again
  # until the time is used, so one known bug does not end the run. (-fork=1 does this too, but
  # re-runs the whole corpus every few seconds, which costs the slow targets most of their time.)
  local deadline=$(($(date +%s) + seconds)) left
  : >"$work/log"
  while left=$((deadline - $(date +%s))) && [ "$left" -gt 5 ]; do
    # timeout(1) as well: a hang inside malloc (yaml-cpp's runaway loops) can deadlock libFuzzer's
    # own -timeout handler.
    if (cd "$work" && timeout -s KILL $((left + 60)) nice -n 10 "$build/tests/fuzz/fuzz_$t" -max_total_time="$left" \
          -rss_limit_mb=2048 -timeout=10 \
          -artifact_prefix="$work/artifacts/" -print_final_stats=1 "${dirs[@]}" >>"$work/log" 2>&1); then
      break
    fi
  done
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

printf '%-16s %8s %10s %8s %8s %8s %8s %8s\n' target seconds execs/s cov ft corpus crashes timeouts
for t in "${targets[@]}"; do
  work="$build/fuzz-work/$t"
  log="$work/log"
  # libFuzzer's last status line ("#123 ... cov: 1571 ft: 2759 corp: 122/40Kb ...") and the final
  # stats of every restart.
  last=$(grep -E '^#[0-9]+.* cov: ' "$log" | tail -1 || true)
  cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$last")
  ft=$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<<"$last")
  corp=$(ls "$work/corpus" | wc -l)
  runs=$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+)/\1/p' "$log" | awk '{ s += $1 } END { print s + 0 }')
  crashes=$(ls "$work/artifacts" | grep -cvE '^(timeout|slow-unit)-' || true)
  timeouts=$(ls "$work/artifacts" | grep -c '^timeout-' || true)
  printf '%-16s %8s %10s %8s %8s %8s %8s %8s\n' "$t" "$seconds" "$((runs / seconds))" "${cov:-?}" "${ft:-?}" \
    "$corp" "$crashes" "$timeouts"
done
echo "(corpus: inputs this run added; crashes include out-of-memory and failed properties)"
echo "Crash, timeout and out-of-memory inputs: $build/fuzz-work/<target>/artifacts/"

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
