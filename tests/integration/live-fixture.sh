#!/usr/bin/env bash
# The Prometheus in which the generated rules fire live (tst_replay_live): its rule manager
# evaluates the alerting rules of one SLO while the wall clock crosses the moment an outage makes
# them fire.
#   1. The crossing: the recording group is written to a file whose path puts its evaluation
#      slots on whole minutes (Prometheus slots a group by a hash of its name and file; see
#      `sre-demo-history rule-slot`), one of them LEAD to LEAD + 60 s from now: the crossing.
#   2. The demo world's history for 4 days up to the crossing (its last sample), with a full
#      outage of SERVICE in the OUTAGE seconds before it.
#   3. The recording rules backfilled over the 3 days before the crossing and at it, with
#      `promtool tsdb create-blocks-from rules`: Prometheus' own evaluation at the slots a live
#      group would have.
#   4. Prometheus serving both, with the SLO's alerting rules loaded as generated except their
#      interval: every 5 s, so that the live firing start is seen within seconds of the crossing
#      and not within 5 minutes. Its TSDB accepts the `ALERTS` samples of evaluations after the
#      crossing (the newest block ends there).
# Writes DIR/crossing, DIR/end, DIR/outage (SERVICE,FROM,TO), DIR/alerting.yaml and the
# Prometheus state in DIR/prometheus (url).
#   live-fixture.sh start --dir DIR --generator GEN --srectl SRECTL --workspace WS --slo ID
#                         --service SERVICE [--lead SECONDS] [--outage SECONDS]
#   live-fixture.sh stop --dir DIR
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
fixture="$here/../../scripts/prom-fixture"
log() { echo "live-fixture: $*" >&2; }

cmd=${1:-}
shift || true
dir="" generator="" srectl="" workspace="" slo="" service="" lead=90 outage=180
while (($#)); do
  case $1 in
    --dir) dir=$2 ;;
    --generator) generator=$2 ;;
    --srectl) srectl=$2 ;;
    --workspace) workspace=$2 ;;
    --slo) slo=$2 ;;
    --service) service=$2 ;;
    --lead) lead=$2 ;;
    --outage) outage=$2 ;;
    *) log "unknown argument $1"; exit 2 ;;
  esac
  shift 2
done
[[ -n $dir ]] || { log "--dir is required"; exit 2; }

if [[ $cmd == stop ]]; then
  exec bash "$fixture" stop --dir "$dir/prometheus"
fi
[[ $cmd == start ]] || { log "usage: live-fixture.sh start|stop ..."; exit 2; }

promtool=${PROMTOOL:-promtool}
mkdir -p "$dir"
dir=$(realpath -- "$dir")
rm -f "$dir/crossing"

# One rule file per kind. The generated file's layout: a group's `name:` and `interval:` lines,
# then its rules, each from a `      - record:` or `      - alert:` line to the next.
only_rules() { # kind interval < generated > file
  awk -v kind="$1" -v interval="$2" '
    /^    interval: / && interval != "" { print "    interval: " interval; next }
    /^      - (record|alert): / { on = index($0, "- " kind ":") > 0 }
    /^      / { if (on) print; next }
    { print }'
}
"$srectl" --workspace "$workspace" slo rules --slo "$slo" -o "$dir/generated.yaml"
group=$(sed -n 's/^  - name: //p' "$dir/generated.yaml" | head -n 1)

# Prometheus must be up and evaluating well before the crossing; on a machine so loaded that it is
# not, everything is done again for a later crossing.
attempt() { # lead -> 0 ready in time, 1 not, 2 a step failed (set -e does not act in a function
  # called as an `if` condition: every step says so itself)
  local t0 recording url t1 ready
  t0=$(date +%s)
  rm -rf "$dir/recorded" "$dir"/recording-*.yaml "$dir/crossing"
  # "SLOT FILE": the file last, so a path with spaces reads whole.
  read -r crossing recording < <("$generator" rule-slot --file "$dir/recording-%N.yaml" --group "$group" \
    --not-before $((t0 + $1)) --within 60 | awk '{ slot = $NF; $NF = ""; sub(/ $/, ""); print slot, $0 }') \
    && [[ -n $crossing && -n $recording ]] || { log "sre-demo-history rule-slot failed"; return 2; }
  only_rules record "" <"$dir/generated.yaml" >"$recording" || return 2
  only_rules alert 5s <"$dir/generated.yaml" >"$dir/alerting.yaml" || return 2
  grep -q -- '- record:' "$recording" && grep -q -- '- alert:' "$dir/alerting.yaml" \
    || { log "$dir/generated.yaml: no recording or no alerting rules"; return 2; }

  "$generator" openmetrics --end "$crossing" --days 4 --outage "$service,$((crossing - outage)),$crossing" \
    -o "$dir/history.om" || { log "sre-demo-history openmetrics failed"; return 2; }
  bash "$fixture" start --openmetrics "$dir/history.om" --dir "$dir/prometheus" >/dev/null || return 2
  url=$(head -n 1 "$dir/prometheus/url")
  t1=$(date +%s)
  if ! "$promtool" tsdb create-blocks-from rules --quiet --url "$url" --start $((crossing - 3 * 86400 - 600)) \
      --end "$crossing" --output-dir "$dir/recorded" "$recording" >"$dir/recorded.log" 2>&1; then
    tail -n 30 "$dir/recorded.log" >&2
    log "promtool could not backfill the recording rules (log: $dir/recorded.log)"
    return 2
  fi
  log "recording rules backfilled in $(($(date +%s) - t1))s"
  bash "$fixture" start --openmetrics "$dir/history.om" --dir "$dir/prometheus" --blocks "$dir/recorded" \
    --rules "$dir/alerting.yaml" || return 2
  rm -f "$dir/history.om"
  ready=$(date +%s)
  log "ready $((ready - t0))s after the start, $((crossing - ready))s before the crossing at $crossing"
  ((ready + 15 <= crossing))
}
for lead in $lead $((lead + 60)) $((lead + 180)); do
  status=0
  attempt "$lead" || status=$?
  if ((status == 0)); then
    echo "$crossing" >"$dir/end"
    echo "$service,$((crossing - outage)),$crossing" >"$dir/outage"
    echo "$crossing" >"$dir/crossing"
    exit 0
  fi
  ((status == 1)) || exit 1
  log "too slow for that crossing: once more, with a lead of more than ${lead}s"
done
log "too slow three times"
exit 1
