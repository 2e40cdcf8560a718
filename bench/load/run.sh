#!/usr/bin/env bash
# Five minutes of a mixed read/write load at saturation on loopback (wrk), with the service's resident memory and
# heap sampled every 10 s. See bench/load/README.md.
# Environment: DURATION (s, 300), CONNECTIONS (32), THREADS (2), WRITE_EVERY (5: one request in five is a write),
#   SCHEMA (ops_bench), PORT (8097), HEAP (the service's -Xmx, 1g), SKIP_BUILD=1
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${DURATION:-300}
schema=${SCHEMA:-ops_bench}
port=${PORT:-8097}
work=target/load-bench
run=$(date +%s)
mkdir -p "$work"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
[[ -n ${SKIP_BUILD:-} ]] || ./mvnw -B -q package -DskipTests

# The anonymous reads all come from this one address: the per-address rate limit is off, as it would be for a
# newsroom's own front end behind its proxy, so the run measures the service rather than the limiter.
java -Xmx${HEAP:-1g} -Dquarkus.profile=dev -Dcorroborate.rate.anonymous-per-second=0 -Dquarkus.http.port=$port -Dquarkus.flyway.schemas=$schema \
  -Dquarkus.hibernate-orm.database.default-schema=$schema -Dquarkus.log.category.\"io.corroborate\".level=INFO \
  -jar target/quarkus-app/quarkus-run.jar > "$work/service.log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null || true' EXIT
url=http://127.0.0.1:$port
for _ in $(seq 1 120); do
  curl -sf -o /dev/null "$url/q/health/ready" && break
  kill -0 $service 2>/dev/null || { tail -20 "$work/service.log"; exit 1; }
  sleep 1
done
gql() { curl -sS -H 'Content-Type: application/json' ${2:+-H "Authorization: Bearer $2"} -d "$1" "$url/graphql"; }
token=$(gql '{"query":"mutation { login(username: \"curator\", password: \"curator\") { token } }"}' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["login"]["token"])')
for t in 1 2 3 4; do
  gql "{\"query\":\"mutation { addStory(input: {id: \\\"ops-load-$run-t$t\\\", title: \\\"Load $run\\\"}) { id } }\"}" "$token" > /dev/null
done
# warm-up, not recorded
wrk -t${THREADS:-2} -c${CONNECTIONS:-32} -d20s --timeout 30s -s bench/load/mixed.lua "$url/graphql" -- "$token" "$run-warm" 1000000 > /dev/null

heap() { curl -s "$url/q/metrics" | python3 -c 'import sys; print(int(sum(float(l.split()[-1]) for l in sys.stdin if l.startswith("jvm_memory_used_bytes{area=\"heap\"")) / 1048576))'; }
( start=$(date +%s)
  while kill -0 $service 2>/dev/null; do
    echo "$(( $(date +%s) - start )) $(awk '/VmRSS/ {print int($2 / 1024)}' /proc/$service/status) $(heap)"
    sleep 10
  done ) > "$work/memory.txt" &
sampler=$!
wrk -t${THREADS:-2} -c${CONNECTIONS:-32} -d${duration}s --timeout 30s --latency -s bench/load/mixed.lua "$url/graphql" \
  -- "$token" "$run" "${WRITE_EVERY:-5}" | tee "$work/wrk.txt"
kill $sampler
echo "seconds rss_mb heap_used_mb:"
cat "$work/memory.txt"
python3 - "$work/memory.txt" <<'PY'
import sys
rows = [tuple(map(float, line.split())) for line in open(sys.argv[1]) if len(line.split()) == 3]
def slope(points):
    n = len(points); mx = sum(x for x, _ in points) / n; my = sum(y for _, y in points) / n
    return sum((x - mx) * (y - my) for x, y in points) / sum((x - mx) ** 2 for x, _ in points)
late = rows[len(rows) // 3:]
print(f"RSS: first {rows[0][1]:.0f} MB, last {rows[-1][1]:.0f} MB, max {max(r[1] for r in rows):.0f} MB; "
      f"slope over the last two thirds {slope([(r[0], r[1]) for r in late]) * 60:.2f} MB/min")
print(f"heap used: min {min(r[2] for r in rows):.0f} MB, max {max(r[2] for r in rows):.0f} MB; "
      f"slope over the last two thirds {slope([(r[0], r[2]) for r in late]) * 60:.2f} MB/min")
PY
curl -s "$url/q/metrics" > "$work/metrics-all.txt"
grep -E '^(corroborate_graphql_(requests_seconds_count|refusals_total)|agroal_(max_used|awaiting)_count)' "$work/metrics-all.txt" | tee "$work/metrics.txt"
echo "service errors logged: $(grep -c ' ERROR ' "$work/service.log" || true)"
