# Sourced by bin/veille and .ci/run: finds a JDK >= 21 and exports JAVA_HOME and PATH for it.
# Looks at $JAVA_HOME, the java on PATH, then every JDK under /usr/lib/jvm (newest first).
# A JDK is needed, not just a runtime: the first run builds Veille with Maven.

veille_jdk_major() { # $1 = JDK home; prints its major version or nothing
  local home=$1 v=""
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 0
  if [ -f "$home/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release" | head -n1)
  fi
  if [ -z "$v" ]; then
    v=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1)
  fi
  [ "$v" = "1" ] && v=8
  printf '%s' "$v"
}

veille_find_jdk() {
  local min=21 cand best="" best_v=0 v
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for cand in /usr/lib/jvm/*/ /opt/java/*/ /opt/jdk*/; do
    [ -d "$cand" ] && candidates+=("${cand%/}")
  done
  for cand in "${candidates[@]}"; do
    v=$(veille_jdk_major "$cand")
    [ -n "$v" ] || continue
    # $JAVA_HOME wins when it is recent enough; otherwise the newest JDK found.
    if [ "$cand" = "${JAVA_HOME:-}" ] && [ "$v" -ge "$min" ]; then best=$cand; best_v=$v; break; fi
    if [ "$v" -ge "$min" ] && [ "$v" -gt "$best_v" ]; then best=$cand; best_v=$v; fi
  done
  if [ -z "$best" ]; then
    echo "veille: no JDK 21 or newer found (looked at JAVA_HOME, PATH and /usr/lib/jvm)." >&2
    echo "veille: install one, e.g. 'apt-get install openjdk-21-jdk' (Debian/Ubuntu) or Temurin 21+, then set JAVA_HOME." >&2
    return 1
  fi
  export JAVA_HOME=$best
  export PATH="$JAVA_HOME/bin:$PATH"
}
