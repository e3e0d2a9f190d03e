#!/usr/bin/env bash
# Records, for class preloading (docs/performance.md), the classes of each function's artifact that a cold
# start and its first real calls load, and writes them to functions/<f>/src/main/resources/META-INF/telephony/
# cold-start-classes.txt, which the handler loads during init and initializes before a SnapStart snapshot
# (ClassPreloading). Rerun after dependency or
# code changes, then rebuild; a stale list only loads less. Needs the artifacts (./mvnw -q package -DskipTests).
#   bench/record-classes.sh                 # every function (one JVM each, a few minutes)
#   bench/record-classes.sh '^sip-add$'     # some functions
set -euo pipefail
cd "$(dirname "$0")/.."
. infra/jdk.sh && require_jdk25
only="${1:-.*}"
logs="$PWD/bench/target/classload"
rm -rf "$logs" && mkdir -p "$logs"
# One fresh JVM per function, as the benchmark starts it, logging every class it loads; 20 calls after the first.
bench/run.sh --only "$only" --runs 1 --warm 20 --no-warmup --out "$logs/results.json" \
  --jvm-flags "-Xlog:class+load=info:file=$logs/%p.log" > "$logs/bench.out"
for module in $(ls functions); do
  [ -d "functions/$module/src/main" ] || continue
  echo "$module" | grep -Eq -- "$only" || continue
  log=$(grep -lF "source: file:$PWD/bench/target/task/$module/" "$logs"/*.log | head -1 || true)
  [ -n "$log" ] || { echo "[record-classes] $module: no classes recorded" >&2; continue; }
  # "[info][class,load] com.x.Y source: file:/.../bench/target/task/<module>/": classes from the function's artifact
  own=$(grep -F "source: file:$PWD/bench/target/task/$module/" "$log" \
    | sed -E 's/.*\[class,load\] ([^ ]+) source:.*/\1/' | grep -v -- '\$\$Lambda' || true)
  # The JDK's classes that the first calls load (between the probe's first InvocationContext and its result): a
  # restored snapshot would load them on its first request. Hidden classes (lambdas, string concatenation, lambda
  # forms) cannot be loaded by name; the probe's own CPU and container measurements are not the function's.
  jdk=$(awk '/\] com\.telephony\.lambda\.context\.InvocationContext /{on=1} /ResultJson/{on=0} on' "$log" \
    | grep -E 'source: (jrt:/|shared objects file)' \
    | sed -E 's/.*\[class,load\] ([^ ]+) source:.*/\1/' \
    | grep -vE '/0x|\$\$Lambda|LambdaForm\$|\$\$StringConcat|^(java\.lang\.management|com\.sun\.management|sun\.management|jdk\.internal\.platform)\.' || true)
  names=$(printf '%s\n%s\n' "$own" "$jdk" | grep -v '^$' | sort -u)
  out="functions/$module/src/main/resources/META-INF/telephony/cold-start-classes.txt"
  mkdir -p "$(dirname "$out")"
  { echo "# Recorded by bench/record-classes.sh: classes of this artifact, and of the JDK, that a cold start and its"
    echo "# first calls load (ClassPreloading loads them during init, and initializes them before a SnapStart snapshot)."
    echo "$names"; } > "$out"
  echo "[record-classes] $module: $(echo "$own" | grep -c .) artifact and $(echo "$jdk" | grep -c .) JDK classes -> $out"
done
