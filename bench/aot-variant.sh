#!/usr/bin/env bash
# Builds a Micronaut AOT variant of a shaded artifact for the benchmark (docs/performance.md, "Micronaut AOT"):
#   bench/aot-variant.sh functions/sip-add/target/sip-add.jar bench/target/sip-add-aot.jar
#   bench/run.sh --only '^sip-add$' --also sip-add@aot=bench/target/sip-add-aot.jar
# micronaut-maven-plugin's aot-analysis goal cannot run in this build: it forks a Maven build of the module that
# needs the reactor's modules installed in the local repository. So this runs the AOT command line (the tool the
# plugin runs) on the finished artifact and adds what it generates (static service lists, the environment's
# precomputed properties, known-missing types) to a copy of it.
set -euo pipefail
cd "$(dirname "$0")/.."
. infra/jdk.sh && require_jdk25
[ $# -eq 2 ] || { echo "usage: bench/aot-variant.sh ARTIFACT.jar OUT.jar" >&2; exit 2; }
artifact=$(realpath "$1"); out=$(realpath -m "$2")
work=bench/target/aot-variant; rm -rf "$work"; mkdir -p "$work/unpacked"
./mvnw -q -B -f bench/aot/pom.xml dependency:build-classpath -Dmdep.outputFile="$PWD/$work/cli-classpath.txt" >&2
cli=$(cat "$work/cli-classpath.txt")
java -cp "$cli" io.micronaut.aot.cli.Main --config bench/aot/aot.properties --runtime jit \
  -cp "$artifact:$cli" -p com.telephony.aot -o "$work/generated" >&2
(cd "$work/unpacked" && unzip -q "$artifact")
for services in "$work"/generated/classes/META-INF/services/*; do
  # a service the artifact already lists gets the generated providers appended
  cat "$services" >> "$work/unpacked/META-INF/services/$(basename "$services")"
done
cp -r "$work/generated/classes/com" "$work/unpacked/"
rm -f "$out"; (cd "$work/unpacked" && zip -qr "$out" .)
echo "[aot-variant] $out ($(stat -c %s "$out") bytes)"
