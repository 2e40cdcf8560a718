#!/usr/bin/env bash
# Flights benchmark (../shared/benchmarks/flights): imports the times 38 web sources give for 100 flights
# through Corroborate's bulk import (each flight time a fact, each web source a source, times read as HH:MM by
# FlightTimes), runs ACCU and majority vote on the same data, scores both against truth.csv (400 items), runs
# the same claims again in a shuffled line order and writes bench/flights/RESULTS.md.
# Needs PostgreSQL like the tests (it runs in the test schema). About half a minute.
#   bench/flights/run.sh [extra -D settings, e.g. -Dcorroborate.consensus.similarity-weight=0.7]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q test -Dtest=FlightsBenchmarkTest -Dflights.all=true "$@"
bench/write-results.sh flights "$@"
