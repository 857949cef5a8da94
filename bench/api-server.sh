#!/usr/bin/env bash
# api-server benchmarks (bench/README.md, section api-server): storage throughput and
# /api/kpis latency, each on the tests' embedded PostgreSQL 17. Prints the BENCH lines.
#   bench/api-server.sh                 # both
#   bench/api-server.sh storage         # StorageThroughputBenchmark only
#   bench/api-server.sh kpis            # KpiLatencyBenchmark only
# Knobs (system properties): BENCH_POLLS (300 polls of 1,000 machines), BENCH_CALLS (2,000 calls).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

case "${1:-all}" in
  storage) tests=StorageThroughputBenchmark ;;
  kpis) tests=KpiLatencyBenchmark ;;
  all) tests='StorageThroughputBenchmark,KpiLatencyBenchmark' ;;
  *) echo "usage: $0 [storage|kpis|all]" >&2; exit 2 ;;
esac

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -B -ntp -pl api-server -am -Pbench verify \
  -Dspotless.check.skip=true -Dsurefire.failIfNoSpecifiedTests=false -Dtest="$tests" \
  -Dbench.polls="${BENCH_POLLS:-300}" -Dbench.calls="${BENCH_CALLS:-2000}" \
  | grep -E 'BENCH|Tests run:|BUILD|ERROR'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
