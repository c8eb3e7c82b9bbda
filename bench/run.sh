#!/usr/bin/env bash
# The end-to-end benchmark: Sluice against DuckDB, one process per run; see bench/README.md.
#   bench/run.sh                          10M-row files, 5 runs each (generates bench/data/ first)
#   bench/run.sh --rows 200000 --runs 1   a quick check that everything works
#   bench/run.sh --help                   every option
# Builds the jars with Maven first when they are missing. SLUICE_JVM_OPTS / DUCKDB_JVM_OPTS pass
# JVM options to the measured processes; BENCH_OPTS to the harness itself.
set -euo pipefail

repo="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

shopt -s nullglob
bench_jars=(bench/target/sluice-bench-*.jar)
if [ ! -f cli/target/sluice.jar ] || [ ${#bench_jars[@]} -eq 0 ] || [ ! -d bench/target/lib ]; then
  echo "bench: building the jars (mvn -q -B -DskipTests package)..." >&2
  mvn -q -B -Dstyle.color=never -DskipTests package 1>&2
  bench_jars=(bench/target/sluice-bench-*.jar)
fi

# BENCH_OPTS is split on spaces on purpose: it holds several JVM options.
# shellcheck disable=SC2086
exec java ${BENCH_OPTS:-} -cp "${bench_jars[0]}:bench/target/lib/*" dev.sluice.bench.EndToEnd "$@"
