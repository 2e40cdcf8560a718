#!/usr/bin/env bash
# Hostile-input run (issue 11): starts the packaged service in a schema of its own, sends COUNT malformed and
# adversarial requests (src/test/node/hostile.mjs) and prints the answers by status, the 5xx count, whether any
# table changed, the p50/p99 latency of refusals and the service's RSS before and after. See bench/hostile/README.md.
# Usage: bench/hostile/run.sh
# ROUNDS (1) runs the generator that many times in a row (seeds SEED, SEED+1, …) to see whether memory keeps growing.
# Environment: COUNT (10000), SEED (1), CONCURRENCY (4), SCHEMA (hostile_bench), PORT (8094), SKIP_BUILD=1, KEEP=1 (keep the
#   schema), JAR (the packaged service), SERVICE_JVM (the JVM options, as bench/scale uses for a 512 MB container)
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${COUNT:-10000}
seed=${SEED:-1}
concurrency=${CONCURRENCY:-4}
schema=${SCHEMA:-hostile_bench}
port=${PORT:-8094}
work=${WORK:-target/hostile-bench}
db=postgres://postgres@127.0.0.1:5432/postgres
url=http://127.0.0.1:$port/graphql
mkdir -p "$work"

[[ -d src/test/node/node_modules ]] || npm ci --prefix src/test/node --no-audit --no-fund
[[ -n ${SKIP_BUILD:-} ]] || ./mvnw -B -q package -DskipTests

service=
cleanup() {
  [[ -n $service ]] && kill "$service" 2>/dev/null && wait "$service" 2>/dev/null || true
  [[ -n ${KEEP:-} ]] || psql -q "$db" -c "drop schema if exists $schema cascade" 2>/dev/null || true
}
trap cleanup EXIT

# One line per table: its name, row count and the md5 of all its rows in a fixed order.
checksums() {
  local table
  for table in $(psql -At "$db" -c "select table_name from information_schema.tables where table_schema = '$schema'
      and table_type = 'BASE TABLE' order by 1"); do
    echo "$table $(psql -At "$db" -c "select count(*) || ' ' || coalesce(md5(string_agg(t::text, '' order by t::text)), '-')
      from $schema.\"$table\" t")"
  done
}
# Background jobs (comparison drain, consensus refresh) settle what the corpus load queued: wait until nothing moves.
quiet_checksums() { # FILE
  checksums > "$1"
  for _ in $(seq 1 60); do
    sleep 5
    checksums > "$1.next"
    cmp -s "$1" "$1.next" && { rm "$1.next"; return; }
    mv "$1.next" "$1"
  done
  echo "the database did not settle within 5 minutes"; exit 1
}
rss() { awk "/$2/ {print int(\$2 / 1024)}" "/proc/$1/status"; }

psql -q "$db" -c "drop schema if exists $schema cascade"
SERVICE_JVM=${SERVICE_JVM:-"-Xmx256m -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m -Xss512k"}
# The anonymous rate limit is off (RATES=on keeps it): from one address it would refuse most of the requests
# before they reach the checks this run is about.
[ "${RATES:-off}" = on ] && rates="" || rates="-Dcorroborate.rate.anonymous-per-second=0"
# shellcheck disable=SC2086
MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} java $SERVICE_JVM $rates -Dquarkus.profile=dev -Dquarkus.http.port="$port" \
  -Dquarkus.flyway.schemas="$schema" -Dquarkus.hibernate-orm.database.default-schema="$schema" \
  -jar "${JAR:-target/quarkus-app/quarkus-run.jar}" > "$work/service.log" 2>&1 &
service=$!
for _ in $(seq 1 180); do
  curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' "$url" && break
  kill -0 "$service" 2>/dev/null || { tail -20 "$work/service.log"; exit 1; }
  sleep 1
done

quiet_checksums "$work/before.txt"
rss_before=$(rss "$service" VmRSS)
rounds=${ROUNDS:-1}
for round in $(seq 1 "$rounds"); do
  round_seed=$((seed + round - 1))
  echo "== round $round of $rounds: $count hostile requests, seed $round_seed, $concurrency at a time, against $url (schema $schema)"
  set +e
  node src/test/node/hostile.mjs "$url" --count "$count" --seed "$round_seed" --concurrency "$concurrency" --readme README.md \
    --out "$work/report-$round.json" > "$work/hostile-$round.txt" 2>&1
  status=$?
  set -e
  grep '^FAILURE' "$work/hostile-$round.txt" | head -20 || true
  [[ $status -le 1 ]] || { tail -20 "$work/hostile-$round.txt"; exit 1; }
  sleep 5
  echo "$(rss "$service" VmRSS) $(rss "$service" VmHWM)" > "$work/rss-$round"
done
quiet_checksums "$work/after.txt"
if cmp -s "$work/before.txt" "$work/after.txt"; then
  changed="none: all $(wc -l < "$work/before.txt") tables identical (row count and md5 of every row)"
else
  changed="CHANGED: $(diff "$work/before.txt" "$work/after.txt" | grep '^>' | cut -d' ' -f2 | tr '\n' ' ')"
fi
echo "rows changed        $changed (all rounds)"
for round in $(seq 1 "$rounds"); do
  read -r rss_after rss_peak < "$work/rss-$round"
  python3 - "$work/report-$round.json" "$round" "$rss_before" "$rss_after" "$rss_peak" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))["summary"]
statuses = ", ".join(f"{k}: {v}" for k, v in sorted(s["byStatus"].items(), key=lambda kv: int(kv[0])))
bare = ", ".join(f"{k}: {v}" for k, v in sorted(s["bareRefusals"].items())) or "none"
print(f"-- round {sys.argv[2]} (seed {s['seed']})")
print(f"requests            {s['sent']} in {s['seconds']:.0f} s ({s['targets']} argument targets from introspection)")
print(f"responses by status {statuses}")
print(f"5xx responses       {s['status5xx']}")
print(f"rule breaches       {s['failures']} (undocumented or missing code, internals named, no answer)")
print(f"bare refusals       {bare} (empty body, answered by the HTTP layer before the endpoint)")
print(f"refusals            {s['refusals']}: p50 {s['refusalP50ms']:.1f} ms, p99 {s['refusalP99ms']:.1f} ms")
print(f"service RSS         {sys.argv[3]} MB before the first round, {sys.argv[4]} MB after this one (peak so far {sys.argv[5]} MB)")
print("by category         " + ", ".join(f"{k} {v}" for k, v in sorted(s["byCategory"].items())))
PY
done
echo "service log         $(grep -c ERROR "$work/service.log" || true) ERROR lines"
