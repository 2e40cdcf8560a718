#!/usr/bin/env bash
# Consensus at scale: builds a synthetic corpus in SQL (corpus.sql; default 20 stories, 100,000 facts,
# 1,000,000 claims), starts the packaged service at -Xmx512m and lets its background job compute every
# story's consensus (ACCU and MAJORITY); reports the run's duration, the process's peak RSS (VmHWM) and
# the heap from the GC log. Needs `./mvnw -B package -DskipTests` first. Drops its schema unless KEEP=1.
#   bench/consensus/run.sh [facts] [stories]
set -euo pipefail
cd "$(dirname "$0")/../.."
FACTS=${1:-100000}
STORIES=${2:-20}
SCHEMA=${SCHEMA:-corroborate_c}
PORT=${PORT:-8294}
HEAP=${HEAP:-512m}
PSQL=(psql -h 127.0.0.1 -U postgres -d postgres -qAt -v ON_ERROR_STOP=1)

start() {
  if curl -s "http://127.0.0.1:$PORT" > /dev/null; then echo "port $PORT is taken"; exit 1; fi
  java "-Xmx$HEAP" "$@" -Dquarkus.profile=dev -Dcorroborate.corpus.load-on-start=false \
    -Dcorroborate.consensus.refresh-every=2s '-Dquarkus.log.category."io.corroborate".level=INFO' \
    -Dquarkus.http.port="$PORT" -Dquarkus.flyway.schemas="$SCHEMA" -Dquarkus.hibernate-orm.database.default-schema="$SCHEMA" \
    -jar target/quarkus-app/quarkus-run.jar >> target/consensus-bench.log 2>&1 &
  PID=$!
  until curl -sf "http://127.0.0.1:$PORT/q/health/ready" > /dev/null; do
    kill -0 "$PID" || { echo "service died, see target/consensus-bench.log"; exit 1; }
    sleep 1
  done
}
stop() { kill "$PID"; wait "$PID" || true; }
trap 'kill "$PID" 2> /dev/null || true' EXIT
rss() { awk -v f="$1" '$1 == f ":" { print int($2 / 1024) }' "/proc/$PID/status"; }

: > target/consensus-bench.log
"${PSQL[@]}" -c "drop schema if exists $SCHEMA cascade"
start   # migrates the empty schema
stop
t=$(date +%s)
"${PSQL[@]}" -v schema="$SCHEMA" -v stories="$STORIES" -v facts="$FACTS" -f bench/consensus/corpus.sql
echo "corpus built in SQL in $(( $(date +%s) - t )) s: $("${PSQL[@]}" -c "select count(*) from $SCHEMA.claim") claims," \
  "largest story $("${PSQL[@]}" -c "select max(n) from (select count(*) n from $SCHEMA.claim c join $SCHEMA.fact f on f.id = c.fact_id group by f.story_id) s") claims"

start -Xlog:gc:file=target/consensus-gc.log
echo "service ready: RSS $(rss VmRSS) MB"
t=$(date +%s)
until [ "$("${PSQL[@]}" -c "select count(*) from $SCHEMA.consensus_change")" = 0 ]; do
  kill -0 "$PID" || { echo "service died, see target/consensus-bench.log"; exit 1; }
  sleep 1
done
elapsed=$(( $(date +%s) - t ))
runs=$("${PSQL[@]}" -c "select count(*) from $SCHEMA.consensus_run")
echo "consensus of $STORIES stories ($runs runs) in $elapsed s; peak RSS (VmHWM) $(rss VmHWM) MB with -Xmx$HEAP"
grep -o '[0-9]*M->[0-9]*M([0-9]*M)' target/consensus-gc.log | sed -E 's/([0-9]+)M->([0-9]+)M\(([0-9]+)M\)/\1 \2 \3/' | awk \
  '{ if ($1 > before) before = $1; if ($2 > after) after = $2; if ($3 > size) size = $3 }
   END { printf "heap: at most %d MB used before a collection, %d MB live after one, committed at most %d MB\n", before, after, size }'
(grep -c OutOfMemoryError target/consensus-bench.log || true) | sed 's/^/OutOfMemoryError lines in the log: /'
stop
[ "${KEEP:-0}" = 1 ] || "${PSQL[@]}" -c "drop schema $SCHEMA cascade"
