#!/usr/bin/env bash
# Live stream benchmark (bench/README.md, section live stream): the api-server in a child JVM with
# -Xmx512m, polling the simulator every second, 500 /ws + 500 /stomp clients. Prints the BENCH lines.
#   bench/live-stream.sh                       # 3 machines (the default plant), 60 s
#   BENCH_MACHINES=100 bench/live-stream.sh    # ~23 KB per update
# Knobs: BENCH_MACHINES (3), BENCH_SECONDS (60), BENCH_RAW (500), BENCH_STOMP (500).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -B -ntp -pl api-server -am -Pbench test \
  -Dspotless.check.skip=true -Dsurefire.failIfNoSpecifiedTests=false -Dtest=LiveStreamBenchmark \
  -Dbench.machines="${BENCH_MACHINES:-3}" -Dbench.seconds="${BENCH_SECONDS:-60}" \
  -Dbench.raw="${BENCH_RAW:-500}" -Dbench.stomp="${BENCH_STOMP:-500}" \
  | grep -E 'BENCH|Tests run:|BUILD|ERROR'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
