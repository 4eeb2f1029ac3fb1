#!/bin/sh
# Re-records the response bodies the parser tests read. Run it against a real Prometheus started
# with an empty TSDB and a remote_read endpoint that refuses connections (that is what makes
# Prometheus attach "warnings" to selector queries):
#
#   cat > /tmp/prom.yml <<'YAML'
#   remote_read: [{ url: "http://127.0.0.1:1/api/v1/read", read_recent: true }]
#   YAML
#   prometheus --config.file=/tmp/prom.yml --storage.tsdb.path=/tmp/prom-rec \
#       --web.listen-address=127.0.0.1:19190 &
#   ./record.sh http://127.0.0.1:19190
#
# Every query names a fixed evaluation time so that a re-recording only differs where
# Prometheus itself changed.
set -eu
base=${1:-http://127.0.0.1:19190}
cd "$(dirname "$0")"

q() { # file endpoint curl-args...
    out=$1; endpoint=$2; shift 2
    curl -sS -o "$out" "$base/api/v1/$endpoint" "$@"
    echo "$out: $(head -c 100 "$out")"
}

q vector_labels.json query --data-urlencode time=1700000000 \
  --data-urlencode 'query=label_replace(vector(1),"a","1","","") or label_replace(vector(2),"a","2","","")'
q vector_special_values.json query --data-urlencode time=1700000000.5 \
  --data-urlencode 'query=vector(0/0) or label_replace(vector(1/0),"s","pinf","","") or label_replace(vector(-1/0),"s","ninf","","") or label_replace(vector(1e300*10),"s","big","","") or label_replace(vector(1.5e-7),"s","tiny","","")'
q vector_escapes.json query --data-urlencode time=1700000000 \
  --data-urlencode 'query=label_replace(vector(1), "msg", "quote\" backslash\\ tab\t unicode é 日本 \u00e9", "", "")'
q vector_empty.json query --data-urlencode time=1700000000 --data-urlencode 'query=vector(1) > 2'
q matrix_time.json query_range --data-urlencode 'query=vector(time())' \
  --data-urlencode start=1700000000 --data-urlencode end=1700000100 --data-urlencode step=15
q matrix_multi.json query_range \
  --data-urlencode 'query=label_replace(vector(time()), "s", "time", "", "") or label_replace(vector(0/0), "s", "nan", "", "") or label_replace(vector(time()) % 60 > 20, "s", "gappy", "", "") or label_replace(vector(-1/0), "s", "ninf", "", "")' \
  --data-urlencode start=1700000000.25 --data-urlencode end=1700000300.25 --data-urlencode step=10
q scalar_time.json query --data-urlencode time=1700000000.123 --data-urlencode 'query=time()'
q string_hello.json query --data-urlencode time=1700000000 --data-urlencode 'query="hello"'
q warnings_vector.json query --data-urlencode time=1700000000 --data-urlencode 'query=up'
q warnings_matrix.json query_range --data-urlencode 'query=up' \
  --data-urlencode start=1700000000 --data-urlencode end=1700000100 --data-urlencode step=15
q error_bad_data.json query --data-urlencode 'query=rate(x[5m)'
q error_execution.json query --data-urlencode time=1700000000 \
  --data-urlencode 'query=vector(1) + on() (label_replace(vector(1),"a","1","","") or label_replace(vector(2),"a","2","",""))'
q error_too_many_points.json query_range --data-urlencode 'query=vector(1)' \
  --data-urlencode start=1700000000 --data-urlencode end=1800000000 --data-urlencode step=1
q buildinfo.json status/buildinfo
