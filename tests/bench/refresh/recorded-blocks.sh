#!/usr/bin/env bash
# Recorded series for bench_refresh's fast-path run: the generated recording rules of a workspace,
# evaluated over the past by Prometheus itself (`promtool tsdb create-blocks-from rules` against a
# running Prometheus on the history), then rewritten into one TSDB block. promtool writes one block
# per rule and 2 hours (about 11,000 for the demo's 35 days), and a Prometheus serving that many
# small blocks answers every query slowly, which a real server, whose blocks are compacted, does not.
#   recorded-blocks.sh PROMETHEUS_URL SRECTL WORKSPACE START END OUTDIR
# then: scripts/prom-fixture start ... --blocks-from OUTDIR
set -euo pipefail
url=$1 srectl=$2 workspace=$3 start=$4 end=$5 out=$6
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$srectl" --workspace "$workspace" slo rules -o "$work/rules.yaml"
promtool tsdb create-blocks-from rules --quiet --url "$url" --start "$start" --end "$end" \
  --output-dir "$work/blocks" "$work/rules.yaml" >"$work/promtool.log" 2>&1 || { tail -n 20 "$work/promtool.log" >&2; exit 1; }
# `promtool tsdb dump` opens every block at once: in batches, each with the wal it wants.
ulimit -n "$(ulimit -Hn)"
n=0
for block in "$work"/blocks/*/; do
  batch=$work/batches/$((n / 1500))
  mkdir -p "$batch/wal"
  cp -al "$block" "$batch/"
  n=$((n + 1))
done
: >"$work/dump.txt"
for batch in "$work"/batches/*; do promtool tsdb dump "$batch" >>"$work/dump.txt"; done
python3 - "$work/dump.txt" "$work/recorded.om" <<'PY'
import collections, re, sys
series = collections.defaultdict(dict)
for line in open(sys.argv[1]):
    if not line.startswith('{'):
        continue
    close = line.rindex('}')
    labels = dict(re.findall(r'([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"', line[1:close]))
    value, ts = line[close + 1:].split()
    name = labels.pop('__name__')
    series[(name, tuple(sorted(labels.items())))][int(ts)] = value
with open(sys.argv[2], 'w') as f:
    for name in sorted({k[0] for k in series}):
        f.write(f'# TYPE {name} gauge\n')
        for key in sorted(k for k in series if k[0] == name):
            text = ','.join(f'{k}="{v}"' for k, v in key[1])
            for ts, value in sorted(series[key].items()):
                f.write(f'{name}{{{text}}} {value} {ts // 1000}.{ts % 1000:03d}\n')
    f.write('# EOF\n')
PY
rm -rf "$out"
promtool tsdb create-blocks-from openmetrics --max-block-duration=100000h "$work/recorded.om" "$out" >/dev/null
echo "recorded-blocks: $(grep -c '^slo:' "$work/recorded.om") samples in $out" >&2
