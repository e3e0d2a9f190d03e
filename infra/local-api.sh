#!/usr/bin/env bash
# Runs the local API: builds the function artifacts and the local API when they are missing or older than the
# sources, then serves every function of infra/template.yaml on one port with an embedded DynamoDB engine (dynalite,
# Node.js 20+), or, with --store postgresql, every function of infra/template-postgresql.yaml with an embedded
# PostgreSQL.
# Options are passed through, e.g. --port 3000 --data-dir ./local-data (see --help).
set -euo pipefail
cd "$(dirname "$0")/.."
. infra/jdk.sh && require_jdk25   # JDK 25, as the functions' java25 runtime
jar=infra/local-api/target/local-api.jar
if [ ! -f "$jar" ] || [ -n "$(find shared functions infra -name '*.java' -newer "$jar" -print -quit)" ] \
   || [ -n "$(find . -name pom.xml -newer "$jar" -print -quit)" ] || [ infra/template.yaml -nt "$jar" ] \
   || [ infra/template-postgresql.yaml -nt "$jar" ]; then
  echo "[local-api] building (./mvnw -q package -DskipTests) ..."
  ./mvnw -q -B -ntp package -DskipTests
fi
exec java -jar "$jar" "$@"
