#!/usr/bin/env python3
"""Write load for the fault test: WORKERS threads each add facts to a story of their own, and a claim on each, as a curator, for SECONDS,
while a thread polls readiness. Every mutation's outcome is written to OUT (one JSON object a line):
ack (data and no errors), failed (errors, with their codes, or an HTTP error status) or unknown (no answer at all).

Usage: writes.py BASE_URL TOKEN RUN SECONDS WORKERS OUT READY_LOG
"""
import http.client
import json
import sys
import threading
import time
import urllib.parse

base, token, run, seconds, workers, out, ready_log = sys.argv[1:8]
seconds, workers = float(seconds), int(workers)
host = urllib.parse.urlparse(base)
source = f"ops-fault-{run}-source"
EXCERPT = "It happened on 3 March 2025."
lock = threading.Lock()
results = open(out, "w")
stop = time.monotonic() + seconds


def connect():
    return http.client.HTTPConnection(host.hostname, host.port, timeout=60)


def post(connection, query, variables):
    body = json.dumps({"query": query, "variables": variables})
    connection.request("POST", "/graphql", body, {"Content-Type": "application/json", "Authorization": f"Bearer {token}"})
    response = connection.getresponse()
    return response.status, response.read()


def mutate(connection, kind, key, query, variables):
    """Sends one mutation and records what the client was told; returns (connection, acknowledged)."""
    started = time.time()
    try:
        status, raw = post(connection, query, variables)
    except (OSError, http.client.HTTPException) as e:
        connection.close()
        record({"kind": kind, "key": key, "outcome": "unknown", "error": repr(e), "at": started})
        return connect(), False
    try:
        answer = json.loads(raw)
    except ValueError:
        answer = {}
    errors = answer.get("errors") or []
    ok = status == 200 and not errors and answer.get("data")
    record({"kind": kind, "key": key, "outcome": "ack" if ok else "failed", "status": status,
            "codes": [e.get("extensions", {}).get("code") for e in errors], "at": started})
    return connection, bool(ok)


def record(entry):
    with lock:
        results.write(json.dumps(entry) + "\n")


def worker(n):
    connection = connect()
    i = 0
    while time.monotonic() < stop:
        i += 1
        story = f"ops-fault-{run}-w{n}"
        fact = f"{story}-{i}"
        connection, acked = mutate(connection, "fact", fact,
                                   "mutation($i: NewFact!) { addFact(input: $i) { id } }",
                                   {"i": {"id": fact, "story": story, "kind": "DATE", "question": f"When did event {n}.{i} happen?"}})
        if acked:
            connection, _ = mutate(connection, "claim", f"{fact}/{source}",
                                   "mutation($i: NewClaim!) { addClaim(input: $i) { id } }",
                                   {"i": {"fact": fact, "source": source, "value": "3 March 2025", "excerpt": EXCERPT}})
        else:
            time.sleep(0.05)


def readiness():
    last = None
    with open(ready_log, "w") as log:
        while time.monotonic() < stop + 20:
            try:
                connection = http.client.HTTPConnection(host.hostname, host.port, timeout=5)
                connection.request("GET", "/q/health/ready")
                state = "UP" if connection.getresponse().status == 200 else "DOWN"
                connection.close()
            except OSError:
                state = "NO_ANSWER"
            if state != last:
                log.write(f"{time.time():.3f} {state}\n")
                log.flush()
                last = state
            time.sleep(0.1)


setup = connect()
for query, variables in [
        ("mutation($i: NewStory!) { addStory(input: $i) { id } }", {"i": {"id": f"ops-fault-{run}-w{n}", "title": f"Fault test {run}"}})
        for n in range(workers)] + [
        ("mutation($i: NewSource!) { addSource(input: $i) { id } }",
         {"i": {"id": source, "headline": "Fault test", "language": "en", "text": "A report. " + EXCERPT + " The end."}})]:
    status, raw = post(setup, query, variables)
    if json.loads(raw).get("errors"):
        raise SystemExit(raw[:500])
threads = [threading.Thread(target=readiness)] + [threading.Thread(target=worker, args=(n,)) for n in range(workers)]
for t in threads:
    t.start()
for t in threads:
    t.join()
results.close()
