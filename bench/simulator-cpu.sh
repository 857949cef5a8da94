#!/usr/bin/env bash
# CPU use of the PLC simulator at scale: starts plc-simulator.jar with SIM_MACHINES machines
# (default 5000) ticking every SIM_TICK_MS (default 2000), waits until it answers the health check,
# lets it warm up, then reads its CPU time (utime + stime from /proc/<pid>/stat) over a window.
#
#   bench/simulator-cpu.sh              # the simulator alone
#   bench/simulator-cpu.sh subscribe    # plus one session subscribed to every machine's TotalCount
#   bench/simulator-cpu.sh poll         # plus one session reading all variables in one Read every 5 s
#
# Knobs (environment): SIM_MACHINES, SIM_TICK_MS, OPCUA_PORT (48400), WARMUP_S (30), WINDOW_S (60),
# JAVA_HOME (a JDK 21+; found like .ci/run does when unset), JAVA_OPTS (extra JVM flags).
set -euo pipefail
cd "$(dirname "$0")/.."

machines=${SIM_MACHINES:-5000}
tick_ms=${SIM_TICK_MS:-2000}
port=${OPCUA_PORT:-48400}
warmup_s=${WARMUP_S:-30}
window_s=${WINDOW_S:-60}
load=${1:-none}
case "$load" in none|subscribe|poll) ;; *) echo "usage: $0 [subscribe|poll]" >&2; exit 2 ;; esac

java_major() { "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }
if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME/bin/java")" -lt 21 ] 2>/dev/null; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
    if [ -x "$candidate/bin/java" ]; then export JAVA_HOME="$candidate"; break; fi
  done
fi
java="$JAVA_HOME/bin/java"
jar=plc-simulator/target/plc-simulator.jar
[ -f "$jar" ] || ./mvnw -B -ntp -q -pl plc-simulator -am package -DskipTests

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

SIM_MACHINES=$machines SIM_TICK_MS=$tick_ms OPCUA_PORT=$port \
  "$java" ${JAVA_OPTS:-} -jar "$jar" >"$work/simulator.log" 2>&1 &
simulator=$!
pids+=("$simulator")
url="opc.tcp://localhost:$port/freeopcua/server/"
for _ in $(seq 60); do
  "$java" -jar "$jar" --healthcheck "$url" >/dev/null 2>&1 && break
  sleep 2
done
"$java" -jar "$jar" --healthcheck "$url"

if [ "$load" != none ]; then
  unzip -q "$jar" 'BOOT-INF/lib/*' -d "$work"
  "$java" -cp "$work/BOOT-INF/lib/*" bench/SimulatorLoad.java "$load" "$url" "$machines" "$tick_ms" \
    >"$work/load.log" 2>&1 &
  pids+=("$!")
fi

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$simulator/stat"; }
hz=$(getconf CLK_TCK)
echo "warming up for ${warmup_s} s ..."
sleep "$warmup_s"
start_ticks=$(cpu_ticks)
start_ns=$(date +%s%N)
echo "measuring for ${window_s} s ..."
sleep "$window_s"
end_ticks=$(cpu_ticks)
end_ns=$(date +%s%N)

rss_mb=$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$simulator/status")
awk -v ticks=$((end_ticks - start_ticks)) -v hz="$hz" -v ns=$((end_ns - start_ns)) \
    -v machines="$machines" -v tick="$tick_ms" -v load="$load" -v rss="$rss_mb" -v cpus="$(nproc)" 'BEGIN {
  cpu = ticks / hz; wall = ns / 1e9
  printf "machines=%d tick_ms=%d load=%s cpus=%d\n", machines, tick, load, cpus
  printf "cpu_seconds=%.2f wall_seconds=%.1f cores=%.3f (%.1f%% of one core) rss_mb=%d\n", cpu, wall, cpu / wall, 100 * cpu / wall, rss
}'
grep -E 'machines:' "$work/simulator.log" | tail -1
if [ "$load" != none ]; then tail -1 "$work/load.log"; fi
