#!/usr/bin/env bash
# Setup of the prometheus_fastpath fixture (tests/integration/CMakeLists.txt, tst_slo_fastpath):
# three days of the demo world's history, and the generated recording rules of three checkout SLOs
# backfilled by Prometheus' own rule evaluation over the last two of them
# (`promtool tsdb create-blocks-from rules` against a Prometheus serving the history), so the first
# day has no recorded series. The rules of checkout/latency are deployed wrong on purpose: their
# bad events count requests slower than 0.5 s instead of 0.3 s. prom-fixture then serves the
# history and the recorded blocks together (start ... --blocks-from DIR/recorded).
#   fastpath-fixture.sh DIR GENERATOR SRECTL PROM_FIXTURE WORKSPACE END SEED
set -euo pipefail
dir=$1 generator=$2 srectl=$3 prom_fixture=$4 workspace=$5 end=$6 seed=$7
readonly days=3 recorded_days=2
mkdir -p "$dir"
"$generator" openmetrics --end "$end" --seed "$seed" --days "$days" -o "$dir/history.om.tmp"
# Rewritten only when it changed, so prom-fixture reuses its blocks.
if cmp -s "$dir/history.om.tmp" "$dir/history.om"; then rm "$dir/history.om.tmp"; else mv "$dir/history.om.tmp" "$dir/history.om"; fi

"$srectl" --workspace "$workspace" slo rules --slo checkout/availability --slo checkout/p99-under-500ms \
  --slo checkout/latency -o "$dir/rules.yaml"
grep -q 'le="0.3"' "$dir/rules.yaml" || { echo "fastpath-fixture: no le=\"0.3\" in the latency rule" >&2; exit 1; }
sed 's/le="0\.3"/le="0.5"/' "$dir/rules.yaml" >"$dir/deployed-rules.yaml"

# Prometheus on the history alone, for promtool to evaluate the rules against.
bash "$prom_fixture" start --openmetrics "$dir/history.om" --dir "$dir/prometheus" >/dev/null
url=$(<"$dir/prometheus/url")
rm -rf "$dir/recorded"
status=0
promtool tsdb create-blocks-from rules --url "$url" --output-dir "$dir/recorded" \
  --start $((end - recorded_days * 86400)) --end "$end" "$dir/deployed-rules.yaml" >"$dir/promtool-rules.log" 2>&1 || status=$?
bash "$prom_fixture" stop --dir "$dir/prometheus"
if ((status != 0)); then
  tail -n 20 "$dir/promtool-rules.log" >&2
  exit "$status"
fi
