#!/usr/bin/env bash
# Flights benchmark (../shared/benchmarks/flights): 38 web sources give the times of 100 flights (400 items).
# 1. Parameter procedure (in memory, grouped exactly as the service groups a story): every parameter set of the
#    grid runs on all claims; parameters are chosen on half the flights' gold and scored on the other half, both
#    ways (two-fold cross-validation) -> target/flights-params.md, target/flights-chosen.args.
# 2. Through the service (bulk import, each time a QUANTITY in minutes after midnight): ACCU and majority vote
#    with the service's defaults, then again with the parameters chosen on half A; both scored on truth.csv,
#    with a shuffled-order import -> bench/flights/RESULTS.md.
# 3. The service alone: the packaged jar at -Xmx512m imports the same claims and computes its consensus; peak RSS
#    and heap (bench/consensus/benchmarks-memory.sh flights).
# Needs PostgreSQL like the tests (the service runs in the test schema). About four minutes.
#   bench/flights/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q package -DskipTests
./mvnw -B -q test -Dtest=BenchmarkFilesTest -Dbench.files=true -Dsurefire.failIfNoSpecifiedTests=false
bench/consensus/benchmarks-memory.sh flights > target/flights-memory.md
grid=(-Dgrid.h=0,0.005,0.01 -Dgrid.n=5,10,30,100,300,1000 -Dgrid.rho=0.3,0.5 -Dgrid.c=0,0.8,0.95 -Dgrid.alpha=0.2)
./mvnw -B -q test -Dtest=FlightsParameterSearchTest -Dconsensus.search=true -Dsurefire.failIfNoSpecifiedTests=false "${grid[@]}"
./mvnw -B -q test -Dtest=FlightsBenchmarkTest -Dflights.all=true
cp target/flights-results.md target/flights-results-defaults.md
read -r -a chosen < target/flights-chosen.args
./mvnw -B -q test -Dtest=FlightsBenchmarkTest -Dflights.all=true "${chosen[@]}"
cp target/flights-results.md target/flights-results-chosen.md
{
  cat bench/flights/RESULTS.header.md
  echo
  echo "## Parameter procedure (run of $(date -u +%Y-%m-%d))"
  echo
  echo "Grid: \`${grid[*]}\` (h = amount-closeness, n = false-values, rho = similarity-weight, c = copy-discount,"
  echo "alpha = copy-prior, a0 = initial-reliability). Halves: alternate flights in id order (A: 1st, 3rd, …; B: 2nd, 4th, …)."
  echo
  cat target/flights-params.md
  echo
  echo "## Through the service, with its defaults"
  echo
  cat target/flights-results-defaults.md
  echo
  echo "## Through the service, with the parameters chosen on half A (\`${chosen[*]}\`)"
  echo
  cat target/flights-results-chosen.md
  echo
  cat target/flights-memory.md
} > bench/flights/RESULTS.md
tail -40 bench/flights/RESULTS.md
