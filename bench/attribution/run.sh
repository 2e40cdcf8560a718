#!/usr/bin/env bash
# Times the cross-fact misattribution check (plain Java, no database) on a synthetic story of N quote facts,
# and with "pairwise" also the old every-two-quotes pairing for comparison: bench/attribution/run.sh 20000 [pairwise]
set -euo pipefail
cd "$(dirname "$0")/../.."
[[ -d target/classes ]] || ./mvnw -B -q compile
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cp=target/classes:$(find ~/.m2/repository/org/eclipse/microprofile/graphql -name 'microprofile-graphql-api-*.jar' | head -1)
javac -d "$out" -cp "$cp" bench/attribution/AttributionBench.java
java -cp "$out:$cp" io.corroborate.compare.AttributionBench "$@"
