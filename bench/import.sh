#!/usr/bin/env bash
# Bulk import benchmark: generates N claims (JSON Lines) spread over N/5 facts and 50 sources without
# article text, imports them through the CLI against a running service, and prints the rate and the
# service's peak memory. Usage: bench/import.sh [N]  (service at CORROBORATE_URL, dev mode's demo curator)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
url=${CORROBORATE_URL:-http://localhost:8080}
run=bench$(date +%s)
file=$(mktemp --suffix=.jsonl)
trap 'rm -f "$file"' EXIT

export CORROBORATE_URL=$url
export CORROBORATE_TOKEN=$(bin/corroborate login curator curator)
curl -sS -H 'Content-Type: application/json' -H "Authorization: Bearer $CORROBORATE_TOKEN" "$url/graphql" \
  --data-binary "{\"query\":\"mutation { addStory(input: {id: \\\"$run\\\", title: \\\"Import benchmark\\\"}) { id } }\"}" >/dev/null

python3 - "$n" "$run" > "$file" <<'PY'
import json, sys
n, run = int(sys.argv[1]), sys.argv[2]
for i in range(n):
    fact, source = i // 5, i % 50
    line = {"fact": f"{run}-fact-{fact}", "source": f"{run}-source-{source}", "value": f"at least {100 + i % 7} people"}
    if i % 5 == 0:
        line.update(story=run, kind="QUANTITY", question=f"Benchmark question {fact}")
    if fact < 10:
        line.update(sourceHeadline=f"Benchmark source {source}")
    print(json.dumps(line))
PY
size=$(du -h "$file" | cut -f1)
pid=$(pgrep -f 'quarkus-run.jar|quarkus:dev|corroborate-dev' | head -1 || true)
start=$(date +%s.%N)
bin/corroborate import "$file" > /dev/null 2>&1 || { echo "import failed"; exit 1; }
end=$(date +%s.%N)
python3 -c "import sys; n=int(sys.argv[1]); t=float(sys.argv[3])-float(sys.argv[2]); print(f'{n} claims ({sys.argv[4]}) in {t:.1f} s: {n/t:,.0f} claims/s')" "$n" "$start" "$end" "$size"
[[ -n $pid ]] && grep -E 'VmHWM|VmRSS' "/proc/$pid/status" || true
