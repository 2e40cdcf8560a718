#!/usr/bin/env bash
# The service's own memory on the two truth-discovery benchmarks: starts the packaged service alone at -Xmx$HEAP
# (default 512m) on an empty schema, imports target/book-claims.jsonl or target/flights-claims.jsonl through
# POST /import/claims as a curator, waits until the background job has computed the story's consensus (both
# strategies), and reports the time, the process's peak RSS (VmHWM) and the heap from the GC log, as the Markdown
# section the benchmarks' RESULTS.md files end with.
# Needs `./mvnw -B package -DskipTests` and the import files:
#   ./mvnw -B -q test -Dtest=BenchmarkFilesTest -Dbench.files=true -Dsurefire.failIfNoSpecifiedTests=false
#   bench/consensus/benchmarks-memory.sh book|flights
set -euo pipefail
cd "$(dirname "$0")/../.."
NAME=$1
STORY=$([ "$NAME" = book ] && echo book-benchmark || echo flights-benchmark)
SCHEMA=${SCHEMA:-corroborate_mem}
PORT=${PORT:-8295}
HEAP=${HEAP:-512m}
PSQL=(psql -h 127.0.0.1 -U postgres -d postgres -qAt -v ON_ERROR_STOP=1)
URL="http://127.0.0.1:$PORT"

"${PSQL[@]}" -c "drop schema if exists $SCHEMA cascade"
java "-Xmx$HEAP" -Xlog:gc:file="target/$NAME-memory-gc.log" -Dquarkus.profile=dev -Dcorroborate.corpus.load-on-start=false \
  -Dcorroborate.consensus.refresh-every=2s -Dquarkus.http.port="$PORT" -Dquarkus.flyway.schemas="$SCHEMA" \
  -Dquarkus.hibernate-orm.database.default-schema="$SCHEMA" -jar target/quarkus-app/quarkus-run.jar > "target/$NAME-memory.log" 2>&1 &
PID=$!
trap 'kill "$PID" 2> /dev/null || true' EXIT
until curl -sf "$URL/q/health/ready" > /dev/null; do kill -0 "$PID"; sleep 1; done
gql() { curl -sf "$URL/graphql" -H 'Content-Type: application/json' ${TOKEN:+-H "Authorization: Bearer $TOKEN"} -d "$1"; }
TOKEN=$(gql '{"query":"mutation { login(username: \"curator\", password: \"curator\") { token } }"}' | sed -E 's/.*"token":"([^"]+)".*/\1/')
gql "{\"query\":\"mutation { addStory(input: {id: \\\"$STORY\\\", title: \\\"$NAME benchmark\\\"}) { id } }\"}" > /dev/null
t=$(date +%s)
curl -sf "$URL/import/claims" -H 'Content-Type: application/x-ndjson' -H "Authorization: Bearer $TOKEN" \
  --data-binary "@target/$NAME-claims.jsonl" > /dev/null
imported=$(( $(date +%s) - t ))
until [ "$("${PSQL[@]}" -c "select count(distinct r.strategy) from $SCHEMA.consensus_run r join $SCHEMA.story s on s.id = r.story_id where s.key = '$STORY'")" = 2 ] \
  && [ "$("${PSQL[@]}" -c "select count(*) from $SCHEMA.consensus_change")" = 0 ]; do
  kill -0 "$PID"
  sleep 1
done
elapsed=$(( $(date +%s) - t ))
run=$("${PSQL[@]}" -c "select iterations || ' iterations, converged ' || converged from $SCHEMA.consensus_run r where strategy = 'ACCU' order by id desc limit 1")
cat <<TEXT
## The service alone: memory (run of $(date -u +%Y-%m-%d))

The packaged service runs alone at a fixed heap cap, imports the benchmark's claims as a curator and computes the
story's consensus (both strategies, service defaults); peak resident memory from /proc (VmHWM), heap from the GC log:

\`\`\`
TEXT
echo "$NAME: $(wc -l < "target/$NAME-claims.jsonl") claims imported in $imported s, consensus of both strategies $elapsed s after the import began (ACCU: $run);" \
  "peak RSS (VmHWM) $(awk '$1 == "VmHWM:" { print int($2 / 1024) }' "/proc/$PID/status") MB with -Xmx$HEAP"
grep -o '[0-9]*M->[0-9]*M([0-9]*M)' "target/$NAME-memory-gc.log" | sed -E 's/([0-9]+)M->([0-9]+)M\(([0-9]+)M\)/\1 \2 \3/' | awk \
  '{ if ($1 > before) before = $1; if ($2 > after) after = $2; if ($3 > size) size = $3 }
   END { printf "heap: at most %d MB used before a collection, %d MB live after one, committed at most %d MB\n", before, after, size }'
(grep -c OutOfMemoryError "target/$NAME-memory.log" || true) | sed 's/^/OutOfMemoryError lines in the log: /'
echo '```'
kill "$PID"; wait "$PID" || true
"${PSQL[@]}" -c "drop schema $SCHEMA cascade" 2> /dev/null
