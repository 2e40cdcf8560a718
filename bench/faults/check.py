#!/usr/bin/env python3
"""Checks the database against what the clients of writes.py were told, and for half-written changes.

Usage: check.py SCHEMA RUN OUT   Prints one JSON object; exits 1 when any check fails.
"""
import json
import os
import subprocess
import sys
from collections import Counter

schema, run, out = sys.argv[1:4]
story = f"ops-fault-{run}"


def sql(query):
    return subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-v", "ON_ERROR_STOP=1", "-At", "-c", query],
                          check=True, capture_output=True, text=True, env={**os.environ, "PGOPTIONS": f"-c search_path={schema}"}).stdout.split()


entries = [json.loads(line) for line in open(out)]
facts = set(sql(f"select f.key from fact f join story s on s.id = f.story_id where s.key like '{story}-w%'"))
claims = set(sql(f"select c.key from claim c join fact f on f.id = c.fact_id join story s on s.id = f.story_id where s.key like '{story}-w%'"))
stored = {"fact": facts, "claim": claims}
summary = {"mutations": len(entries), "outcomes": Counter(e["outcome"] for e in entries),
           "failure_codes": Counter(c or f"HTTP_{e['status']}" for e in entries if e["outcome"] == "failed" for c in (e["codes"] or [None])),
           "acked_missing": [e["key"] for e in entries if e["outcome"] == "ack" and e["key"] not in stored[e["kind"]]],
           "failed_but_stored": [e["key"] for e in entries if e["outcome"] == "failed" and e["key"] in stored[e["kind"]]],
           "unknown_stored": [e["key"] for e in entries if e["outcome"] == "unknown" and e["key"] in stored[e["kind"]]]}
summary["claims_without_audit"] = int(sql(f"""select count(*) from claim c join fact f on f.id = c.fact_id join story s on s.id = f.story_id
    where s.key like '{story}-w%' and not exists (select 1 from audit_event a where a.action = 'ADD_CLAIM' and a.target_key = c.key)""")[0])
summary["facts_without_audit"] = int(sql(f"""select count(*) from fact f join story s on s.id = f.story_id
    where s.key like '{story}-w%' and not exists (select 1 from audit_event a where a.action = 'ADD_FACT' and a.target_key = f.key)""")[0])
summary["audit_without_claim"] = int(sql(f"""select count(*) from audit_event a where a.action = 'ADD_CLAIM'
    and a.target_key like '{story}-%' and not exists (select 1 from claim c where c.key = a.target_key)""")[0])
summary["audit_without_fact"] = int(sql(f"""select count(*) from audit_event a where a.action = 'ADD_FACT'
    and a.target_key like '{story}-%' and not exists (select 1 from fact f where f.key = a.target_key)""")[0])
# a stored verdict must name only existing claims and every current claim of its fact, unless the fact is queued
summary["verdicts_naming_missing_claims"] = int(sql("""select count(*) from fact_comparison fc,
    jsonb_array_elements(fc.comparison -> 'groups') g, jsonb_array_elements_text(g -> 'claimIds') named(key)
    where not exists (select 1 from claim c where c.key = named.key)""")[0])
summary["verdicts_missing_claims"] = int(sql(f"""select count(*) from claim c join fact f on f.id = c.fact_id
    join story s on s.id = f.story_id join fact_comparison fc on fc.fact_id = f.id
    where s.key like '{story}-w%' and c.retracted_at is null and not exists (select 1 from comparison_queue q where q.fact_id = f.id)
    and not exists (select 1 from jsonb_array_elements(fc.comparison -> 'groups') g, jsonb_array_elements_text(g -> 'claimIds') named(key)
                    where named.key = c.key)""")[0])
summary["facts_stored"], summary["claims_stored"] = len(facts), len(claims)
print(json.dumps(summary))
bad = [k for k in ("acked_missing", "failed_but_stored", "claims_without_audit", "facts_without_audit", "audit_without_claim",
                   "audit_without_fact", "verdicts_naming_missing_claims", "verdicts_missing_claims") if summary[k]]
if bad:
    print("FAILED:", ", ".join(bad), file=sys.stderr)
    sys.exit(1)
