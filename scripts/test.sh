#!/usr/bin/env bash
# The README's second command: installs what is missing, builds, runs the whole test suite.
#   scripts/test.sh [CTEST-ARGS...]
#   scripts/test.sh --sanitize[=address,undefined] [CTEST-ARGS...]
#       ASan + UBSan + LSan build in build-asan/, the whole suite; fails on any sanitizer report.
#   scripts/test.sh --sanitize=thread [CTEST-ARGS...]
#       TSan build in build-tsan/ of the tests labelled `tsan` only (the threaded parts), against
#       QtCore built with TSan too (scripts/build-qt-tsan, about 20 minutes the first time).
# See docs/testing.md, "Sanitizers".
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

sanitize=""
if [ $# -gt 0 ]; then
  case "$1" in
    --sanitize) sanitize="address,undefined"; shift ;;
    --sanitize=*) sanitize="${1#--sanitize=}"; shift ;;
  esac
fi

if [ -z "$sanitize" ]; then
  build="${SRE_BUILD_DIR:-$root/build}"
  "$root/scripts/setup-deps"
  "$root/scripts/build"
  cd "$build"
  # -j2: unit tests in parallel; the Prometheus fixture is shared through CTest fixtures.
  ctest --output-on-failure -j "$(nproc)" --timeout 600 "$@"
  exit
fi

case "$sanitize" in
  thread) build="${SRE_BUILD_DIR:-$root/build-tsan}" ;;
  *) build="${SRE_BUILD_DIR:-$root/build-asan}" ;;
esac
"$root/scripts/setup-deps"
werror=OFF
[ -n "${CI:-}" ] && werror=ON
if [ ! -f "$build/build.ninja" ]; then
  # -O1 -g1: the sanitizers' advice (fast enough, file:line stacks), and far quicker to compile.
  # Benchmarks are not tests: not built here. Timeouts x4: instrumented code runs slower.
  CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1 \
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" -DSRE_WERROR="$werror" \
    -DSRE_SANITIZE="$sanitize" -DSRE_BUILD_BENCH=OFF -DSRE_TEST_TIMEOUT_SCALE=4 >/dev/null
fi

# Every process reports into its own file here (children the tests start included, whose stderr
# a test may swallow): any file after the run is a finding.
reports="$build/sanitizer-reports"
rm -rf "$reports"
mkdir -p "$reports"
supp="$root/tests/sanitizers"
common="halt_on_error=1:print_summary=1:log_path=$reports/report:log_exe_name=1"
export ASAN_OPTIONS="$common:detect_leaks=1:check_initialization_order=1:detect_odr_violation=2"
export UBSAN_OPTIONS="$common:print_stacktrace=1"
export LSAN_OPTIONS="$common:suppressions=$supp/lsan.supp:print_suppressions=0"
export TSAN_OPTIONS="$common:suppressions=$supp/tsan.supp:halt_on_error=0:second_deadlock_stack=1:die_after_fork=0"
# Qt Test's per-function watchdog (5 min) scaled like the CTest timeouts.
export QTEST_FUNCTION_TIMEOUT=1200000

if [ "$sanitize" = thread ]; then
  # QtCore and QtConcurrent built with TSan from Debian's source (scripts/build-qt-tsan): against
  # Debian's uninstrumented QtCore, TSan cannot see Qt's own hand-offs and reports them as races.
  "$root/scripts/build-qt-tsan" "$build/qt-tsan"
  export LD_LIBRARY_PATH="$build/qt-tsan/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
  # The tests labelled tsan: the threaded parts (curl worker, search index, refresher, reducer,
  # calendar fetches, alert polling). Qt Gui and Widgets stay uninstrumented, used on the GUI
  # thread only.
  cmake "$build" >/dev/null # the labels as the CMakeLists say now, before they are listed
  mapfile -t targets < <(ctest --test-dir "$build" -N -L tsan 2>/dev/null | sed -n 's/^ *Test *#[0-9]*: *\(tst_[A-Za-z0-9_]*\)$/\1/p')
  SRE_BUILD_DIR="$build" "$root/scripts/build" "${targets[@]}" sre-demo-history
  set -- -L tsan "$@"
else
  SRE_BUILD_DIR="$build" "$root/scripts/build"
fi

status=0
(cd "$build" && ctest --output-on-failure -j "$(nproc)" --timeout 2400 "$@") || status=$?
shopt -s nullglob
found=("$reports"/report.*)
if [ ${#found[@]} -gt 0 ]; then
  for f in "${found[@]}"; do
    echo "=== sanitizer report: $(basename "$f")"
    cat "$f"
  done
  echo "test.sh: ${#found[@]} process(es) wrote a sanitizer report (in $reports)" >&2
  [ "$status" -ne 0 ] || status=1
else
  echo "test.sh: no sanitizer reports ($sanitize)"
fi
exit "$status"
