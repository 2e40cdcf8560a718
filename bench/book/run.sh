#!/usr/bin/env bash
# Book benchmark (../shared/benchmarks/book): imports all 33,971 listings through Corroborate's bulk import
# (each book a fact, each store a source, author lists normalised to last names), runs ACCU and majority
# vote on the same data, scores both against the 100-book gold standard and writes bench/book/RESULTS.md.
# Needs PostgreSQL like the tests (it runs in the test schema). About a minute.
#   bench/book/run.sh [extra -D settings, e.g. -Dcorroborate.consensus.similarity-weight=0.7]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q test -Dtest=BookBenchmarkTest -Dbook.books=all "$@"
bench/write-results.sh book "$@"
