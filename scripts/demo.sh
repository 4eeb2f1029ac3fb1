#!/usr/bin/env bash
# The README's first command: installs what is missing, builds, generates the demo history,
# starts a real Prometheus and Alertmanager on free loopback ports with it, and opens
# sre-console on a copy of the demo workspace pointed at them. Closing the console stops them.
#
#   scripts/demo.sh [--screenshot FILE] [--page NAME] [--lang en|ja]   (extra options go to sre-console)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SRE_BUILD_DIR:-$root/build}"

screenshot=0
for a in "$@"; do [ "$a" = "--screenshot" ] && screenshot=1; done
if [ $screenshot -eq 0 ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  cat >&2 <<'MSG'
demo.sh: no display (neither DISPLAY nor WAYLAND_DISPLAY is set), so the console window cannot open.
  Run it under a virtual X server instead:   xvfb-run -a -s "-screen 0 1600x1000x24" scripts/demo.sh
  or render one page to a PNG and exit:      scripts/demo.sh --screenshot demo.png --page slos
MSG
  exit 2
fi

"$root/scripts/setup-deps"
"$root/scripts/build" sre-console sre-demo-history

state="${SRE_DEMO_STATE:-${XDG_CACHE_HOME:-$HOME/.cache}/sre-console/demo}"
mkdir -p "$state"
generator="$build/tests/generator/sre-demo-history"
# The history ends now (to the minute); the postmortems are moved to the same days.
end=$(( $(date +%s) / 60 * 60 ))

workspace="$state/workspace"
rm -rf "$workspace"
cp -r "$root/resources/demo" "$workspace"
"$generator" workspace --end "$end" --dir "$workspace" --all-dates

alerts_pid=""
cleanup() {
  [[ -n $alerts_pid ]] && kill "$alerts_pid" 2>/dev/null || true
  "$root/scripts/prom-fixture" stop --dir "$state/prometheus" >/dev/null 2>&1 || true
  "$root/scripts/prom-fixture" stop-alertmanager --dir "$state/alertmanager" >/dev/null 2>&1 || true
}
trap cleanup EXIT INT TERM

echo "demo.sh: starting Alertmanager…" >&2
am_url=$("$root/scripts/prom-fixture" start-alertmanager --dir "$state/alertmanager" \
  --config "$root/resources/demo/alertmanager.yml")
# A live on-call moment: firing, silenced and inhibited alerts, re-posted while the demo runs.
python3 "$root/scripts/demo-alerts.py" "$am_url" --once >/dev/null
python3 "$root/scripts/demo-alerts.py" "$am_url" </dev/null >"$state/demo-alerts.log" 2>&1 &
alerts_pid=$!
# Plain rule files only: myapp-api-slo.yaml is a PrometheusRule CRD, which Prometheus cannot load.
rules=()
for f in "$workspace"/rules/*.yaml; do
  grep -q '^kind: PrometheusRule' "$f" || rules+=("$f")
done
echo "demo.sh: generating 35 days of history and starting Prometheus (about a minute the first time)…" >&2
prom_url=$("$root/scripts/prom-fixture" start --generator "$generator" --dir "$state/prometheus" \
  --end "$end" --seed 42 --rules "${rules[@]}" --alertmanager "$am_url")

# Point the copied workspace at the servers just started.
sed -i -e "s#url: http://127.0.0.1:9090#url: $prom_url#" -e "s#url: http://127.0.0.1:9093#url: $am_url#" \
  "$workspace/workspace.yaml"
echo "demo.sh: Prometheus $prom_url, Alertmanager $am_url, workspace $workspace" >&2

"$build/bin/sre-console" --workspace "$workspace" "$@"
