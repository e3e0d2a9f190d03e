#!/usr/bin/env bash
# The cold-start and latency benchmark (docs/performance.md). Needs the artifacts:
#   ./mvnw -q package -DskipTests && bench/run.sh            # every function, 5 fresh JVMs each, JDK defaults
#   bench/run.sh --only sip-add --runs 7                     # one function (the reference always runs)
#   bench/run.sh --snapstart                                 # CRaC hooks (SnapStart priming) before the first call
#   bench/run.sh --help
# Prints the table and writes bench/target/results.json. Not part of ./mvnw verify, and never asserted on: timings
# depend on the machine and on what else runs on it (the table prints the load average).
set -euo pipefail
cd "$(dirname "$0")/.."
. infra/jdk.sh && require_jdk25   # JDK 25, as the functions' java25 runtime
runner=bench/runner/target/bench-runner.jar
for jar in "$runner" bench/runner/target/classpath.txt bench/probe/target/bench-probe.jar; do
  if [ ! -f "$jar" ]; then
    echo "[bench] $jar is missing: build first with ./mvnw -q package -DskipTests" >&2
    exit 1
  fi
done
exec java -cp "$runner:$(cat bench/runner/target/classpath.txt)" com.telephony.bench.Benchmark "$@"
