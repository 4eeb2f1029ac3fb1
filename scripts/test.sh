#!/usr/bin/env bash
# The README's second command: installs what is missing, builds, runs the whole test suite.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SRE_BUILD_DIR:-$root/build}"
"$root/scripts/setup-deps"
"$root/scripts/build"
cd "$build"
# -j2: unit tests in parallel; the Prometheus fixture is shared through CTest fixtures.
ctest --output-on-failure -j "$(nproc)" --timeout 600 "$@"
