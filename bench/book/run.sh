#!/usr/bin/env bash
# Book benchmark (../shared/benchmarks/book): 895 stores list the authors of 1,265 books.
# 1. Parameter procedure (in memory, grouped exactly as the service groups a story): every parameter set of the
#    grid runs on all listings and is scored on the silver set (book_silver.txt, the books outside the 100 gold
#    ones); the best there is chosen (the service's defaults are that choice) -> target/book-params.md.
# 2. Through the service (bulk import of all listings): ACCU with the service's defaults and majority vote, scored
#    on the 100 gold books -> bench/book/RESULTS.md.
# 3. The service alone: the packaged jar at -Xmx512m imports the same claims and computes its consensus; peak RSS
#    and heap (bench/consensus/benchmarks-memory.sh book).
# Needs PostgreSQL like the tests (the service runs in the test schema). About twelve minutes.
#   bench/book/run.sh [extra -D settings for step 2, e.g. -Dcorroborate.consensus.similarity-weight=0.7]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q package -DskipTests
./mvnw -B -q test -Dtest=BenchmarkFilesTest -Dbench.files=true -Dsurefire.failIfNoSpecifiedTests=false
bench/consensus/benchmarks-memory.sh book > target/book-memory.md
grid=(-Dgrid.n=10,30,100,300,1000 -Dgrid.rho=0.3,0.4,0.5 -Dgrid.c=0,0.8,0.95 -Dgrid.alpha=0.2)
./mvnw -B -q test -Dtest=BookParameterSearchTest -Dconsensus.search=true -Dsurefire.failIfNoSpecifiedTests=false "${grid[@]}"
./mvnw -B -q test -Dtest=BookBenchmarkTest -Dbook.books=all "$@"
{
  cat bench/book/RESULTS.header.md
  echo
  echo "## Parameter procedure (run of $(date -u +%Y-%m-%d))"
  echo
  echo "Grid: \`${grid[*]}\` (n = false-values, rho = similarity-weight, c = copy-discount, alpha = copy-prior,"
  echo "a0 = initial-reliability). Scored on the silver set to choose; the gold column is shown for reading only."
  echo
  cat target/book-params.md
  echo
  echo "## Through the service (run of $(date -u +%Y-%m-%d) with ${*:-the default parameters})"
  echo
  cat target/book-results.md
  echo
  cat target/book-memory.md
} > bench/book/RESULTS.md
tail -20 bench/book/RESULTS.md
