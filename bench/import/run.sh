#!/usr/bin/env bash
# Bulk import benchmark: starts the packaged service (-Xmx512m) in a schema of its own, adds the stored facts
# the file adds to, then imports N synthetic claims through POST /import/claims and prints claims/s and the
# service's peak RSS. Usage: bench/import/run.sh N [N...]   (each N in a fresh schema)
# BENCH_SCHEMA (default corroborate_bench; dropped and recreated!) and BENCH_PORT (default 8290) choose where;
# BENCH_KEEP=1 keeps the last schema afterwards, to look at the data; BENCH_JFR=FILE records a JFR profile.
set -euo pipefail
cd "$(dirname "$0")/../.."
schema=${BENCH_SCHEMA:-corroborate_bench}
port=${BENCH_PORT:-8290}
export CORROBORATE_URL=http://127.0.0.1:$port
work=$(mktemp -d)
pid=
trap '[[ -n $pid ]] && kill $pid 2>/dev/null; rm -rf "$work"' EXIT
[[ -f target/quarkus-app/quarkus-run.jar ]] || { echo "build first: ./mvnw -B -q package -DskipTests" >&2; exit 2; }

graphql() {
  python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1], "variables": json.loads(sys.argv[2])}))' "$1" "${2:-{\}}" |
    curl -sS -H 'Content-Type: application/json' -H "Authorization: Bearer $CORROBORATE_TOKEN" "$CORROBORATE_URL/graphql" --data-binary @- |
    python3 -c 'import json,sys; a=json.load(sys.stdin); sys.exit("GraphQL error: %s" % a["errors"]) if a.get("errors") else None'
}

run() {
  local n=$1
  psql -q -h 127.0.0.1 -U postgres -c "drop schema if exists $schema cascade" 2>/dev/null
  java -Xmx512m ${BENCH_JFR:+-XX:StartFlightRecording=name=bench,settings=profile} -Dquarkus.profile=dev -Dquarkus.http.port=$port -Dquarkus.flyway.schemas=$schema \
    -Dquarkus.hibernate-orm.database.default-schema=$schema -Dcorroborate.corpus.load-on-start=false \
    -Dquarkus.log.category.\"io.corroborate\".level=INFO -Dquarkus.log.category.\"io.corroborate.curation.ClaimImport\".level=DEBUG -Dquarkus.log.category.\"io.corroborate.curation.StagedClaims\".level=DEBUG ${BENCH_TRACE:+-Dquarkus.log.category.\"io.corroborate.curation.ImportBatch\".level=DEBUG} -jar target/quarkus-app/quarkus-run.jar > "$work/service.log" 2>&1 &
  pid=$!
  for _ in $(seq 120); do curl -sf "$CORROBORATE_URL/q/health/ready" >/dev/null 2>&1 && break; sleep 1; done
  export CORROBORATE_TOKEN=$(bin/corroborate login curator curator)
  graphql 'mutation { addStory(input: {id: "import-bench", title: "Import benchmark"}) { id } }'
  for e in 1 2; do
    graphql "mutation { addEntity(input: {id: \"bench-entity-$e\", kind: PERSON, name: \"Bench person $e\"}) { id } }"
  done
  local text="On 3 July 2025 the ministry said at least 143 people were hurt; others counted fewer."
  for t in 0 1 2 3 4; do
    graphql 'mutation($i: NewSource!) { addSource(input: $i) { id } }' \
      "{\"i\": {\"id\": \"article-$t\", \"headline\": \"Article $t\", \"language\": \"en\", \"published\": \"2025-07-04\", \"text\": \"$text\"}}"
  done
  python3 bench/import/generate.py setup "$n" > "$work/setup.jsonl"
  bin/corroborate import "$work/setup.jsonl" > /dev/null
  python3 bench/import/generate.py measure "$n" > "$work/claims.jsonl"
  local size start end
  size=$(du -h "$work/claims.jsonl" | cut -f1)
  start=$(date +%s.%N)
  bin/corroborate import "$work/claims.jsonl" > "$work/report.json" || { cat "$work/report.json"; exit 1; }
  end=$(date +%s.%N)
  python3 - "$n" "$start" "$end" "$size" "$(grep VmHWM /proc/$pid/status | awk '{print $2}')" <<'PY'
import sys
n, start, end, size, hwm = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), sys.argv[4], int(sys.argv[5])
t = end - start
print(f"{n:,} claims ({size}) in {t:.1f} s: {n / t:,.0f} claims/s; service peak RSS {hwm / 1024:,.0f} MB")
PY
  grep -oE 'import [0-9]+: .*|[0-9]+ ms: .*' "$work/service.log" | tail -14 | sed 's/^/  /'
  [[ -z ${BENCH_TRACE:-} ]] || grep -o 'chunk: .*' "$work/service.log" |
    awk '{l+=$5; c+=$9; s+=$13} END {printf "  chunks: looked up in %d ms, checked in %d ms, sent in %d ms (both imports)\n", l, c, s}'
  [[ -z ${BENCH_JFR:-} ]] || jcmd $pid JFR.dump name=bench filename="$BENCH_JFR" > /dev/null
  kill $pid; wait $pid 2>/dev/null || true; pid=
  [[ -n ${BENCH_KEEP:-} ]] || psql -q -h 127.0.0.1 -U postgres -c "drop schema if exists $schema cascade" 2>/dev/null
}

for n in "${@:-10000}"; do run "$n"; done
