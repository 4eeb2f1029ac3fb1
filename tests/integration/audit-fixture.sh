#!/usr/bin/env bash
# The rule audit's Prometheus (tst_slo_audit): the demo world's history for a few days, with one
# hour in which checkout has no traffic at all, and recording rules backfilled over it with
# `promtool tsdb create-blocks-from rules`:
#   pass 1: Sloth-shaped rate-window rules (data/audit/sloth-sli.yaml) and the rules srectl
#           generates for payments-api/availability, over the whole history;
#   pass 2: Sloth's "optimized" 30d SLI (sloth-period.yaml), which reads pass 1's 5m ratios: a
#           rule cannot see another rule's output of the same run, hence a Prometheus restarted
#           on pass 1's blocks;
#   pass 3: the budget remaining (sloth-budget.yaml), which reads pass 2's output.
# The last start serves history and all three passes and loads every rule file, so /api/v1/rules
# lists them for the audit to find. Passes 2 and 3 cover only [--from, --to], the instants the
# test audits.
#   audit-fixture.sh start --dir DIR --generator GEN --srectl SRECTL --data DATADIR
#                          --end T --days N --quiet SERVICE,FROM,TO --from T --to T
#   audit-fixture.sh stop --dir DIR
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
fixture="$here/../../scripts/prom-fixture"
log() { echo "audit-fixture: $*" >&2; }

cmd=${1:-}
shift || true
dir="" generator="" srectl="" data="" end="" days="" quiet="" from="" to=""
while (($#)); do
  case $1 in
    --dir) dir=$2 ;;
    --generator) generator=$2 ;;
    --srectl) srectl=$2 ;;
    --data) data=$2 ;;
    --end) end=$2 ;;
    --days) days=$2 ;;
    --quiet) quiet=$2 ;;
    --from) from=$2 ;;
    --to) to=$2 ;;
    *) log "unknown argument $1"; exit 2 ;;
  esac
  shift 2
done
[[ -n $dir ]] || { log "--dir is required"; exit 2; }

if [[ $cmd == stop ]]; then
  exec bash "$fixture" stop --dir "$dir/prometheus"
fi
[[ $cmd == start ]] || { log "usage: audit-fixture.sh start|stop ..."; exit 2; }

promtool=${PROMTOOL:-promtool}
mkdir -p "$dir"
rm -rf "$dir/pass1" "$dir/pass2" "$dir/pass3"
"$generator" openmetrics --end "$end" --days "$days" --quiet "$quiet" -o "$dir/history.om"
"$srectl" --workspace "$data/workspace" slo rules --slo payments-api/availability -o "$dir/generated.yaml"

first=$((end - days * 86400 + 600))
backfill() { # pass start end rule files...
  local pass=$1 start=$2 stop=$3 url
  shift 3
  url=$(head -n 1 "$dir/prometheus/url")
  local t0=$SECONDS
  if ! "$promtool" tsdb create-blocks-from rules --quiet --url "$url" --start "$start" --end "$stop" \
      --eval-interval 60s --output-dir "$dir/$pass" "$@" >"$dir/$pass.log" 2>&1; then
    tail -n 30 "$dir/$pass.log" >&2
    log "promtool could not backfill $pass (log: $dir/$pass.log)"
    exit 1
  fi
  log "$pass backfilled in $((SECONDS - t0))s"
}

bash "$fixture" start --openmetrics "$dir/history.om" --dir "$dir/prometheus" >/dev/null
backfill pass1 "$first" "$end" "$data/sloth-sli.yaml" "$dir/generated.yaml"
bash "$fixture" start --openmetrics "$dir/history.om" --dir "$dir/prometheus" --blocks "$dir/pass1" >/dev/null
backfill pass2 "$from" "$to" "$data/sloth-period.yaml"
bash "$fixture" start --openmetrics "$dir/history.om" --dir "$dir/prometheus" --blocks "$dir/pass1" "$dir/pass2" >/dev/null
backfill pass3 "$from" "$to" "$data/sloth-budget.yaml"
bash "$fixture" start --openmetrics "$dir/history.om" --dir "$dir/prometheus" \
  --blocks "$dir/pass1" "$dir/pass2" "$dir/pass3" \
  --rules "$data/sloth-sli.yaml" "$data/sloth-period.yaml" "$data/sloth-budget.yaml" "$dir/generated.yaml"
# The blocks are kept (prom-fixture reuses them while the history is the same); the text is not.
rm -f "$dir/history.om"
