#!/usr/bin/env python3
"""Times 20 addClaim mutations, one after another, and prints the median in milliseconds.

Usage: add_claim.py GRAPHQL_URL TOKEN SCHEMA. Each adds to a DATE fact a claim of a source of the same story
that has none on it yet, quoting a sentence of that source's article that gives a date (any date reads).
"""
import json
import statistics
import subprocess
import sys
import time
import urllib.request

url, token, schema = sys.argv[1:4]
PAIRS = f"""
select b.key, s.key, c.value_as_written, c.excerpt_exact
from {schema}.claim c join {schema}.source s on s.id = c.source_id join {schema}.fact a on a.id = c.fact_id
cross join lateral (select f.key from {schema}.fact f where f.story_id = a.story_id and f.kind = 'DATE'
    and not exists (select 1 from {schema}.claim x where x.fact_id = f.id and x.source_id = c.source_id)
    order by f.id limit 1) b
where c.kind = 'DATE' and c.id % 97 = 0 order by c.id limit 20
"""
MUTATION = ("mutation($i: NewClaim!) { addClaim(input: $i) { id } }")

rows = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-AtF", "\t", "-c", PAIRS],
                      check=True, capture_output=True, text=True).stdout.splitlines()
times = []
for row in rows:
    fact, source, value, excerpt = row.split("\t")
    body = {"query": MUTATION, "variables": {"i": {"fact": fact, "source": source, "value": value, "excerpt": excerpt}}}
    request = urllib.request.Request(url, json.dumps(body).encode(),
                                     {"Content-Type": "application/json", "Authorization": f"Bearer {token}"})
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=900) as response:
        answer = json.load(response)
    times.append((time.perf_counter() - start) * 1000)
    if answer.get("errors"):
        raise SystemExit(json.dumps(answer)[:500])
if len(times) < 20:
    raise SystemExit(f"only {len(times)} claims to add")
print(f"{statistics.median(times):.1f}")
