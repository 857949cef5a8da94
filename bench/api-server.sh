#!/usr/bin/env bash
# api-server benchmarks (bench/README.md, section api-server): storage throughput and
# /api/kpis latency, each on the tests' embedded PostgreSQL 17. Prints the BENCH lines.
#   bench/api-server.sh                 # both
#   bench/api-server.sh storage         # StorageThroughputBenchmark only
#   bench/api-server.sh kpis            # KpiLatencyBenchmark only
#   bench/api-server.sh kpis-year       # KpiYearBenchmark: /api/kpis?days=366, 100 machines × a year of rollups
#   bench/api-server.sh bytes           # BytesPerRecordBenchmark: live_production's bytes per record
#   bench/api-server.sh plcs            # MultiPlcPollBenchmark: 4 simulator processes × 1,250 machines
#                                       # polled every second, PostgreSQL with fsync on (~5 minutes)
#   bench/api-server.sh writer          # WriterCostBenchmark: the writer's CPU per record against COPY of
#                                       # the same rows, PostgreSQL with fsync on (~3 minutes)
#   bench/api-server.sh kafka           # EdgeToCentralBenchmark: edge → Kafka → central (edge and central
#                                       # api-server processes, a Kafka broker) against a bare producer and
#                                       # consumer, records/s and lag, PostgreSQL with fsync on (~2.5 minutes)
# Knobs (system properties): BENCH_POLLS (300 polls of 1,000 machines; bytes writes three times as many),
# BENCH_CALLS (2,000 calls; kpis-year makes a quarter of them), BENCH_MACHINES (bytes: 1,000);
# for plcs BENCH_PLCS (4), BENCH_PLC_MACHINES (1,250), BENCH_WARMUP_S (30), BENCH_WINDOW_S (120);
# for writer BENCH_WARMUP_S (20), BENCH_ROUND_S (30 s of polls a side), BENCH_ROUNDS (3);
# for kafka BENCH_KAFKA_RECORDS (200,000), BENCH_KAFKA_MACHINES (1,000 a poll), BENCH_KAFKA_WARMUP (20 polls),
# BENCH_KAFKA_LAG_INTERVAL_MS (500), BENCH_KAFKA_LAG_S (30).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

case "${1:-all}" in
  storage) tests=StorageThroughputBenchmark ;;
  kpis) tests=KpiLatencyBenchmark ;;
  kpis-year) tests=KpiYearBenchmark ;;
  bytes) tests=BytesPerRecordBenchmark ;;
  plcs) tests=MultiPlcPollBenchmark ;;
  writer) tests=WriterCostBenchmark ;;
  kafka) tests=EdgeToCentralBenchmark ;;
  all) tests='StorageThroughputBenchmark,KpiLatencyBenchmark' ;;
  *) echo "usage: $0 [storage|kpis|kpis-year|bytes|plcs|writer|kafka|all]" >&2; exit 2 ;;
esac

if [ "$tests" = MultiPlcPollBenchmark ] && [ ! -f plc-simulator/target/plc-simulator.jar ]; then
  ./mvnw -B -ntp -q -pl plc-simulator -am package -DskipTests
fi

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -B -ntp -pl api-server -am -Pbench verify \
  -Dspotless.check.skip=true -Dsurefire.failIfNoSpecifiedTests=false -Dtest="$tests" \
  -Dbench.polls="${BENCH_POLLS:-300}" -Dbench.calls="${BENCH_CALLS:-2000}" \
  -Dbench.machines="${BENCH_MACHINES:-1000}" \
  -Dbench.plcs="${BENCH_PLCS:-4}" -Dbench.plc.machines="${BENCH_PLC_MACHINES:-1250}" \
  -Dbench.warmup="${BENCH_WARMUP_S:-$([ "$tests" = WriterCostBenchmark ] && echo 20 || echo 30)}" \
  -Dbench.window="${BENCH_WINDOW_S:-120}" \
  -Dbench.writer.round="${BENCH_ROUND_S:-30}" -Dbench.writer.rounds="${BENCH_ROUNDS:-3}" \
  -Dbench.kafka.records="${BENCH_KAFKA_RECORDS:-200000}" -Dbench.kafka.machines="${BENCH_KAFKA_MACHINES:-1000}" \
  -Dbench.kafka.warmup="${BENCH_KAFKA_WARMUP:-20}" -Dbench.kafka.lag.interval="${BENCH_KAFKA_LAG_INTERVAL_MS:-500}" \
  -Dbench.kafka.lag.seconds="${BENCH_KAFKA_LAG_S:-30}" \
  | grep -E 'BENCH|Tests run:|BUILD|ERROR'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
