#!/usr/bin/env bash
# Live fan-out against a minimal broadcaster (bench/README.md, section live fan-out): the api-server and a
# plain Tomcat broadcaster, each in a child JVM with -Xmx512m and 1,000 /ws clients, in one run. Prints the
# BENCH lines with both sides' p99 and the ratio.
#   bench/live-fanout.sh                       # 3 machines (the default plant), 60 s
#   BENCH_MACHINES=100 bench/live-fanout.sh    # ~23 KB per update
# Knobs: BENCH_MACHINES (3), BENCH_SECONDS (60), BENCH_CLIENTS (1000).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -B -ntp -pl api-server -am -Pbench test \
  -Dspotless.check.skip=true -Dsurefire.failIfNoSpecifiedTests=false -Dtest=LiveFanOutBenchmark \
  -Dbench.machines="${BENCH_MACHINES:-3}" -Dbench.seconds="${BENCH_SECONDS:-60}" \
  -Dbench.clients="${BENCH_CLIENTS:-1000}" \
  | grep -E 'BENCH|Tests run:|BUILD|ERROR'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
