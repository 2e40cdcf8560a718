#!/usr/bin/env bash
# Writes bench/NAME/RESULTS.md: bench/NAME/RESULTS.header.md, the run's date and parameters, then the
# figures the benchmark test wrote to target/NAME-results.md.
#   bench/write-results.sh NAME [the -D settings the run was given]
set -euo pipefail
name=$1
shift
{
  cat "bench/$name/RESULTS.header.md"
  echo
  echo "Run of $(date -u +%Y-%m-%d) with ${*:-the default parameters}:"
  echo
  cat "target/$name-results.md"
} > "bench/$name/RESULTS.md"
cat "target/$name-results.md"
