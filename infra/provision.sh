#!/usr/bin/env bash
# The provisioning CLI: portals, users, webhooks, apps and tokens in the table the functions use.
# Defaults reach the local API's embedded DynamoDB (http://127.0.0.1:8000, table telephony-local); see --help.
set -euo pipefail
cd "$(dirname "$0")/.."
. infra/jdk.sh && require_jdk25   # JDK 25, as the functions' java25 runtime
jar=infra/local-api/target/local-api.jar
[ -f "$jar" ] || ./mvnw -q -B -ntp package -DskipTests
exec java -cp "$jar" com.telephony.localapi.Provision "$@"
