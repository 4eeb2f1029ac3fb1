#!/usr/bin/env python3
"""Writes the seed inputs of every fuzz target into OUT/<target>/, from the demo workspace
(resources/demo), the templates and the unit tests' data. Each target's input layout (selector
bytes, leading lines) is described at the top of its fuzz_<target>.cpp.

    tests/fuzz/make-seeds.py OUT

run-all.sh merges these with the committed corpus (libFuzzer -merge=1), so the corpus stays small.
"""
import glob
import hashlib
import os
import re
import struct
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = sys.argv[1]


def read(path):
    with open(os.path.join(ROOT, path), 'rb') as f:
        return f.read()


def files(pattern):
    return sorted(os.path.relpath(p, ROOT) for p in glob.glob(os.path.join(ROOT, pattern), recursive=True))


def put(target, data):
    d = os.path.join(OUT, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, hashlib.sha1(data).hexdigest()), 'wb') as f:
        f.write(data)


# prom_response: chunk-seed byte + body.
for path in files('tests/unit/prometheus/data/*.json'):
    for seed in (0, 3, 8):
        put('prom_response', bytes([seed]) + read(path))

# slo_spec: format selector byte + file. 7 = content detection only.
SELECTOR = {'native': 0, 'seed': 1, 'sloth': 2, 'sloth-crd': 3, 'openslo': 4, 'pyrra': 5, 'configmap': 6}
for path in files('tests/unit/slo/data/*.yaml') + files('resources/demo/slos/*.yaml'):
    text = read(path)
    name = os.path.basename(path)[:-5]
    if b'kind: ConfigMap' in text:
        sel = SELECTOR['configmap']
        # The embedded text on its own, for the reader behind the ConfigMap.
        m = re.search(rb'\.ya?ml: \|-?\n((?:[ \t]+.*\n|\n)+)', text)
        if m:
            body = re.sub(rb'(?m)^    ', b'', m.group(1))
            if b'sre-console/v1' in body:
                put('slo_spec', bytes([SELECTOR['native']]) + re.sub(rb'(?m)^apiVersion: .*\n', b'', body))
            else:
                put('slo_spec', bytes([SELECTOR['seed']]) + body)
    elif b'apiVersion: sre-console/v1' in text:
        sel = SELECTOR['native']
    else:
        sel = SELECTOR.get(name, 7)
    # The selector's header replaces the file's own detection keys (a duplicate key is an error).
    # Only the first document gets the header; the others keep their own keys.
    first, sep, others = text.partition(b'\n---\n')
    stripped = re.sub(rb'(?m)^(apiVersion|kind|version): .*\n', b'', first) + sep + others
    if sel == 7:
        stripped = text
    put('slo_spec', bytes([sel]) + stripped)
    put('slo_spec', bytes([7]) + text)

# workspace_yaml, alert_rules, oncall: the files as they are.
put('workspace_yaml', read('resources/demo/workspace.yaml'))
for path in files('resources/demo/rules/*.yaml') + files('tests/integration/data/*.yaml'):
    put('alert_rules', read(path))
put('oncall', read('resources/demo/oncall.yaml'))

# postmortem: key selector byte + value line + file.
values = [b'INC-2026-099', b'resolved', b'2026-03-01T10:00:00Z', b'a: b # c', b'"quoted" \\ text', b'',
          '障害対応'.encode()]
for i, path in enumerate(files('resources/demo/postmortems/*.md') + files('resources/templates/*.md')):
    put('postmortem', bytes([i % 8]) + values[i % len(values)] + b'\n' + read(path))

# markdown_table: row byte, column byte, new cell text line, then each table of the postmortems.
cells = [b'14:32', b'a | b', b'ends with \\', b'  padded  ', b'', '担当者'.encode()]
n = 0
for path in files('resources/demo/postmortems/*.md') + files('resources/templates/*.md'):
    lines = read(path).split(b'\n')
    i = 0
    while i + 1 < len(lines):
        if b'|' in lines[i] and re.match(rb'^ {0,3}\|?\s*:?-+', lines[i + 1]):
            j = i + 2
            while j < len(lines) and b'|' in lines[j] and lines[j].strip():
                j += 1
            table = b'\n'.join(lines[i:j]) + b'\n'
            put('markdown_table', bytes([n % 7, n % 3]) + cells[n % len(cells)] + b'\n' + table)
            n += 1
            i = j
        else:
            i += 1

# runbook_display: every runbook and template.
for path in files('resources/demo/runbooks/**/*.md'):
    put('runbook_display', read(path))

# runbook_links: runbook_url line, runbook line, alert name line, then Markdown with links.
heads = [
    b'https://runbooks.example.com/runbooks/kubernetes/kubepodcrashlooping\n\nKubePodCrashLooping\n',
    b'\nsvc/api/availability.md#mitigation\nApiAvailability\n',
    b'\n../runbooks-evil/Evil.md\nEvil\n',
    b'\nescape/secret.md\nSecret\n',
    b'file:///etc/passwd\n./Leak.md\nHighLatency\n',
    b'https://runbooks.example.com/runbooks/../../outside/secret\n\nbundle\n',
    b'\n\napiavailability\n',
]
links = b'[a](svc/api/availability.md) [b](../runbooks-evil/Evil.md) [c](escape/secret.md#x) ' \
        b'[d](%2e%2e/outside/secret.md) [e](/etc/passwd) [f](bundle/) [g](Leak.md)\n'
for i, head in enumerate(heads):
    put('runbook_links', head + links)
for path in files('resources/demo/runbooks/services/**/*.md')[:4]:
    put('runbook_links', heads[1] + read(path))

# promql_text: a double (8 bytes) + one query from the SLO specs and rules.
numbers = [0.999, 0.25, 1e-7, 300.0, 99.95, 1e20]
queries = set()
for path in files('resources/demo/slos/*.yaml') + files('tests/unit/slo/data/*.yaml') + files('resources/demo/rules/*.yaml'):
    for m in re.finditer(rb'(?:query|expr|errorQuery|totalQuery|error_query|total_query|good|total|bad|metric): *"?(.+?)"?\n', read(path)):
        q = m.group(1).strip()
        if len(q) > 8 and q not in (b'|', b'>'):
            queries.add(q)
for i, q in enumerate(sorted(queries)):
    put('promql_text', struct.pack('<d', numbers[i % len(numbers)]) + q)

# alertmanager_json: endpoint selector byte + body, from answers recorded from a real Alertmanager.
AM_SELECTOR = {'alerts': 0, 'silences': 1, 'status': 2}
for path in files('tests/unit/alertsview/data/am-*.json'):
    endpoint = os.path.basename(path)[:-5].split('-')[-1]
    put('alertmanager_json', bytes([AM_SELECTOR[endpoint]]) + read(path))
put('alertmanager_json', bytes([3]) + b'{"silenceID":"66c73aa4-62ed-4981-815c-3208ea81cf6f"}')
put('alertmanager_json', bytes([4]) + b'"start time must be before end time"\n')
put('alertmanager_json', bytes([0]) + b'2027-01-05T09:00:00.123456789+09:00\n[]')
