#!/usr/bin/env python3
"""Prints the markdown tables of a bench/scale/run.sh results file: medians of the repetitions, ratios, memory."""
import json
import statistics
import sys
from collections import defaultdict

runs = defaultdict(list)
info = {}
for line in open(sys.argv[1]):
    row = json.loads(line)
    if "result" in row:
        runs[(row["query"], row["scale"], row["system"])].append(row["result"])
    else:
        info[(row["scale"], row["system"])] = row


def median(query, scale, system, field):
    rows = runs.get((query, scale, system))
    return statistics.median(r[field] for r in rows) if rows else None


def cell(query, scale, system):
    rps = median(query, scale, system, "rps")
    if rps is None:
        return "–"
    errors = sum(r["errors"] for r in runs[(query, scale, system)])
    return (f"{rps:,.0f} (p50 {median(query, scale, system, 'p50_ms'):.1f} / p99 {median(query, scale, system, 'p99_ms'):.1f} ms)"
            + (f", {errors} errors" if errors else ""))


def ratio(a, b):
    return f"{a / b:.2f}" if a and b else "–"


def scale_name(scale):
    return f"{scale // 1_000_000}M" if scale >= 1_000_000 else f"{scale // 1000}k"


scales = sorted({key[1] for key in runs})
names = {"fact": "(1) fact(id) with claims, sources, excerpts, verdict", "page": "(2) page of 50 facts of a story with claims, sources",
         "worklist": "(3) worklist `discrepancies(first: 50)`"}
print("| query (c16, median of the repetitions) | scale | Corroborate rps | PostGraphile 5 rps | pgbench SQL tps | ×PostGraphile | ×SQL |")
print("|---|---|---|---|---|---|---|")
for query, name in names.items():
    for scale in scales:
        ours, theirs, sql = (median(query, scale, s, "rps") for s in ("corroborate", "postgraphile", "pgbench"))
        print(f"| {name} | {scale_name(scale)} | {cell(query, scale, 'corroborate')} | {cell(query, scale, 'postgraphile')}"
              f" | {cell(query, scale, 'pgbench')} | {ratio(ours, theirs)} | {ratio(ours, sql)} |")
if len(scales) > 1:
    small, large = scales[0], scales[-1]
    print(f"\n| query | {scale_name(large)}/{scale_name(small)} Corroborate | PostGraphile | pgbench |")
    print("|---|---|---|---|")
    for query, name in names.items():
        cells = [ratio(median(query, large, s, "rps"), median(query, small, s, "rps")) for s in ("corroborate", "postgraphile", "pgbench")]
        print(f"| {name} | " + " | ".join(cells) + " |")
print("\n| scale | setup | import | claims/s | verdicts settled after import | addClaim (median of 20) | Corroborate RSS peak / under load | PostGraphile RSS peak / under load |")
print("|---|---|---|---|---|---|---|---|")
for scale in scales:
    ours, theirs = info.get((scale, "corroborate")), info.get((scale, "postgraphile"))
    if ours and theirs:
        print(f"| {scale_name(scale)} | {ours['setup_s']} s | {ours['import_s']} s | {scale / ours['import_s']:,.0f} | {ours['settle_s']} s"
              f" | {ours['add_claim_ms']} ms | {ours['peak_rss_mb']} / {ours['load_rss_mb']} MB | {theirs['peak_rss_mb']} / {theirs['load_rss_mb']} MB |")
