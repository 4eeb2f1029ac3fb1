#!/usr/bin/env python3
"""demo-alerts: keeps a believable on-call moment firing in the demo's Alertmanager.

Usage: demo-alerts.py ALERTMANAGER_URL [--interval SECONDS] [--once]

Posts the alerts the way Prometheus does (POST /api/v2/alerts with startsAt, an endsAt a few
resend intervals ahead, generatorURL) and re-posts them every interval so they keep firing; creates
the silence on the node alert once. Python 3 standard library only; started and stopped by
scripts/demo.sh.
"""
import datetime
import json
import sys
import time
import urllib.parse
import urllib.request

PROM = "http://prometheus.demo:9090"


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def graph(expr):
    return PROM + "/graph?g0.expr=" + urllib.parse.quote(expr) + "&g0.tab=1"


def alerts(started):
    def alert(minutes_ago, labels, annotations, expr):
        return {"labels": labels, "annotations": annotations,
                "startsAt": iso(started - datetime.timedelta(minutes=minutes_ago)), "generatorURL": graph(expr)}
    return [
        alert(42, {"alertname": "SLOBurnRate", "severity": "critical", "service": "payments-api",
                   "slo": "availability", "tier": "page", "long": "1h", "short": "5m", "factor": "14.4"},
              {"summary": "payments-api availability is burning its error budget 14.4x too fast",
               "runbook_url": "https://runbooks.example.com/payments-api/SLOBurnRate"},
              'slo:bad_events:increase5m{service="payments-api",slo="availability"}'),
        alert(17, {"alertname": "KubePodCrashLooping", "severity": "warning", "namespace": "payments",
                   "pod": "payments-api-7d9f8c6b5-x2kqz", "container": "api", "service": "payments-api"},
              {"summary": "Pod payments/payments-api-7d9f8c6b5-x2kqz (api) is in waiting state (reason: CrashLoopBackOff)",
               "runbook_url": "https://runbooks.prometheus-operator.dev/runbooks/kubernetes/kubepodcrashlooping"},
              'max_over_time(kube_pod_container_status_waiting_reason{reason="CrashLoopBackOff"}[5m]) >= 1'),
        alert(95, {"alertname": "NodeClockSkewDetected", "severity": "warning", "instance": "node-2:9100",
                   "job": "node"},
              {"summary": "Clock on node-2:9100 is out of sync by more than 0.05s",
               "runbook_url": "https://runbooks.prometheus-operator.dev/runbooks/node/nodeclockskewdetected"},
              "node_timex_offset_seconds > 0.05"),
        alert(8, {"alertname": "NodeDown", "severity": "critical", "instance": "node-5:9100", "job": "node"},
              {"summary": "node-5:9100 has stopped answering scrapes"}, 'up{job="node"} == 0'),
        alert(7, {"alertname": "NodeFilesystemAlmostFull", "severity": "warning", "instance": "node-5:9100",
                  "job": "node", "mountpoint": "/var"},
              {"summary": "/var on node-5:9100 has less than 5% space left",
               "runbook_url": "https://runbooks.prometheus-operator.dev/runbooks/node/nodefilesystemalmostoutofspace"},
              'node_filesystem_avail_bytes{mountpoint="/var"} / node_filesystem_size_bytes < 0.05'),
    ]


def request(url, data=None):
    body = json.dumps(data).encode() if data is not None else None
    req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as response:
        return json.load(response) if response.length != 0 else None


def post_alerts(base, started, interval):
    now = datetime.datetime.now(datetime.timezone.utc)
    batch = alerts(started)
    for a in batch:
        a["endsAt"] = iso(now + datetime.timedelta(seconds=4 * interval))
    request(base + "/api/v2/alerts", batch)


def ensure_silence(base):
    for s in request(base + "/api/v2/silences") or []:
        if s.get("createdBy") == "ayumi" and s["status"]["state"] != "expired":
            return
    now = datetime.datetime.now(datetime.timezone.utc)
    request(base + "/api/v2/silences", {
        "matchers": [{"name": "alertname", "value": "NodeClockSkewDetected", "isRegex": False, "isEqual": True},
                     {"name": "instance", "value": "node-2:9100", "isRegex": False, "isEqual": True}],
        "startsAt": iso(now - datetime.timedelta(minutes=30)), "endsAt": iso(now + datetime.timedelta(hours=3)),
        "createdBy": "ayumi", "comment": "NTP server migration on node-2, CHG-1182"})


def main():
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        print(__doc__, file=sys.stderr)
        return 2
    base = args[0].rstrip("/")
    interval = float(args[args.index("--interval") + 1]) if "--interval" in args else 30.0
    started = datetime.datetime.now(datetime.timezone.utc)
    silenced = False
    while True:
        try:
            post_alerts(base, started, interval)
            if not silenced:
                ensure_silence(base)
                silenced = True
        except OSError as e:
            print(f"demo-alerts: {base}: {e}", file=sys.stderr)
        if "--once" in args:
            return 0
        time.sleep(interval)


if __name__ == "__main__":
    sys.exit(main())
