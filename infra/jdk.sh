# Sourced by the repository's scripts: finds JDK 25, the JDK of the functions' Lambda runtime (java25), and exports
# JAVA_HOME and PATH for it. Looks at JAVA_HOME, then `java` on the PATH, then /usr/lib/jvm/*. Returns 1 (after a
# message on stderr) when there is none; `require_jdk25` exits instead.
find_jdk25() {
  local candidate home
  for candidate in "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")" /usr/lib/jvm/*; do
    home="$candidate"
    if [ -n "$home" ] && [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] \
        && "$home/bin/java" -version 2>&1 | head -1 | grep -q 'version "25'; then
      echo "$home"
      return 0
    fi
  done
  return 1
}

use_jdk25() {
  local home
  if ! home="$(find_jdk25)"; then
    echo "JDK 25 not found (JAVA_HOME, java on the PATH, /usr/lib/jvm/*). The functions run on Lambda's java25" \
      "runtime and are built for Java 25: install a JDK 25 (Temurin 25, Amazon Corretto 25 or a distribution's" \
      "openjdk-25-jdk-headless) and point JAVA_HOME at it." >&2
    return 1
  fi
  export JAVA_HOME="$home"
  export PATH="$JAVA_HOME/bin:$PATH"
}

require_jdk25() {
  use_jdk25 || exit 1
}
