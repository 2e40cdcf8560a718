#!/usr/bin/env bash
# Restarts PostgreSQL in the middle of a write load and checks that every acknowledged write is stored, every failed
# one was reported, and nothing is half-written; measures how long readiness stays down. See bench/faults/README.md.
# Environment: SECONDS_TOTAL (write load, 40), RESTART_AT (s into the load, 15), WORKERS (8), SCHEMA (ops_bench),
#   PORT (8096), SKIP_BUILD=1, FAULT=none (the same run without the restart, to try the script).
set -euo pipefail
cd "$(dirname "$0")/../.."
total=${SECONDS_TOTAL:-40}
restart_at=${RESTART_AT:-15}
workers=${WORKERS:-8}
schema=${SCHEMA:-ops_bench}
port=${PORT:-8096}
work=target/faults-bench
run=$(date +%s)
mkdir -p "$work"
[[ -n ${SKIP_BUILD:-} ]] || ./mvnw -B -q package -DskipTests

java -Dquarkus.profile=dev -Dquarkus.http.port=$port -Dquarkus.flyway.schemas=$schema \
  -Dquarkus.hibernate-orm.database.default-schema=$schema -Dcorroborate.corpus.load-on-start=false \
  -jar target/quarkus-app/quarkus-run.jar > "$work/service.log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready" && break
  kill -0 $service 2>/dev/null || { tail -20 "$work/service.log"; exit 1; }
  sleep 1
done
token=$(curl -sS -H 'Content-Type: application/json' \
  -d '{"query":"mutation { login(username: \"curator\", password: \"curator\") { token } }"}' \
  "http://127.0.0.1:$port/graphql" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["login"]["token"])')

python3 bench/faults/writes.py "http://127.0.0.1:$port" "$token" "$run" "$total" "$workers" "$work/writes.jsonl" "$work/ready.log" &
load=$!
sleep "$restart_at"
if [[ ${FAULT:-restart} != none ]]; then
  cluster=$(ls /etc/postgresql)
  echo "restart: $(date +%s.%N)" | tee "$work/restart.log"
  pg_ctlcluster --skip-systemctl-redirect "$cluster" main restart
  echo "restarted (pg_ctlcluster returned): $(date +%s.%N)" | tee -a "$work/restart.log"
  until pg_isready -h 127.0.0.1 -q; do sleep 0.05; done
  echo "accepting connections: $(date +%s.%N)" | tee -a "$work/restart.log"
fi
wait $load
echo "readiness transitions (epoch seconds):"
cat "$work/ready.log"
sleep 2
python3 bench/faults/check.py "$schema" "$run" "$work/writes.jsonl" | tee "$work/summary.json"
echo "service errors logged: $(grep -c ' ERROR ' "$work/service.log" || true)"
