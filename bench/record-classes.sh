#!/usr/bin/env bash
# Records, for SnapStart class preloading (docs/performance.md), the classes of each function's artifact that a cold
# start and its first real calls load, and writes them to functions/<f>/src/main/resources/META-INF/telephony/
# snapstart-classes.txt, which the handler loads before the snapshot (ClassPreloading). Rerun after dependency or
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
  # "[info][class,load] com.x.Y source: file:/.../bench/target/task/<module>/": classes from the function's artifact
  names=$(cat "$logs"/*.log | grep -F "source: file:$PWD/bench/target/task/$module/" \
    | sed -E 's/.*\[class,load\] ([^ ]+) source:.*/\1/' | grep -v -- '\$\$Lambda' | sort -u || true)
  [ -n "$names" ] || { echo "[record-classes] $module: no classes recorded" >&2; continue; }
  out="functions/$module/src/main/resources/META-INF/telephony/snapstart-classes.txt"
  mkdir -p "$(dirname "$out")"
  { echo "# Recorded by bench/record-classes.sh: classes of this artifact that a cold start and its first calls load."
    echo "$names"; } > "$out"
  echo "[record-classes] $module: $(echo "$names" | wc -l) classes -> $out"
done
