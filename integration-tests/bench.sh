#!/usr/bin/env bash
# The one entry point for benchmarks: integration-tests/bench.sh NAME
# Each benchmark prints its figures and, last, one line "NAME: key=value ...".
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: integration-tests/bench.sh netconf|render|audit|audit-peer|replace|lab}

# A JDK 21+ for the third-party tools: -Dswitchover.jdk21.home's env twin, JAVA_HOME, /usr/lib/jvm.
find_jdk21() {
  local home v
  for home in "${SWITCHOVER_JDK21_HOME:-}" "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$home" ] && [ -x "$home/bin/java" ] && [ -f "$home/release" ] || continue
    v=$(sed -n 's/^JAVA_VERSION="\{0,1\}\([0-9]*\).*/\1/p' "$home/release")
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then echo "$home"; return 0; fi
  done
  echo "bench.sh: no JDK 21 or newer found; set SWITCHOVER_JDK21_HOME" >&2
  return 1
}

case "$name" in
  netconf)
    jdk21=$(find_jdk21)
    echo "building switchover and the benchmark peer (OpenDaylight netconf-client 10.0.2 on $jdk21) ..."
    mvn -B -q package -DskipTests -Pbench -pl integration-tests -am
    JAVA_HOME="$jdk21" mvn -B -q -f integration-tests/bench-odl/pom.xml package
    odl_cp="integration-tests/bench-odl/target/bench-odl-netconf-client-0.1.0-SNAPSHOT.jar:integration-tests/bench-odl/target/lib/*"
    java -cp "integration-tests/target/test-classes:$(cat integration-tests/target/bench.classpath)" \
      -Dswitchover.jdk21.home="$jdk21" \
      -Dswitchover.testtool.jar=integration-tests/target/testtool/netconf-testtool.jar \
      -Dswitchover.testtool.yang=integration-tests/target/testtool/models/META-INF/yang \
      -Dswitchover.bench.odl.classpath="$odl_cp" \
      org.switchover.bench.NetconfBench
    ;;
  lab)
    # 500 simulated switches in one JVM: start-up time (host keys generated afresh) and heap per switch
    [ -f controller/target/switchover.jar ] || mvn -B -q package -DskipTests -pl controller -am
    java -Xmx2g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
      -Dorg.slf4j.simpleLogger.log.org.apache.sshd.server.session.ServerSessionImpl=error -cp controller/target/switchover.jar \
      org.switchover.lab.LabBenchmark "${SWITCHES:-500}"
    ;;
  render)
    # 1,000 devices (the city site replicated) rendered with the built-in templates
    # one reactor build, so the classpath points at this tree's modules, not at ~/.m2 copies
    mvn -B -q -pl integration-tests -am test-compile dependency:build-classpath \
      -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
    java -cp "integration-tests/target/test-classes:$(cat integration-tests/target/bench.classpath)" \
      org.switchover.bench.RenderBench templates/sites/city/site.yaml 1000
    ;;
  audit)
    echo "building switchover ..."
    mvn -B -q package -DskipTests -Pbench -pl integration-tests -am
    java -Xmx512m -cp "integration-tests/target/test-classes:$(cat integration-tests/target/bench.classpath)" \
      -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dswitchover.city.site=templates/sites/city/site.yaml \
      -Dswitchover.bench.devices="${SWITCHES:-500}" ${PARALLEL:+-Dswitchover.bench.parallel=$PARALLEL} \
      ${HISTOGRAM:+-Dswitchover.bench.histogram=true} \
      org.switchover.audit.AuditBench
    ;;
  audit-peer)
    # a one-shot switchover audit against a stock ncclient script reading the same 500 switches
    /usr/bin/python3 -c 'import ncclient' 2>/dev/null \
      || { echo "bench.sh: Debian's python3-ncclient is needed (apt-get install python3-ncclient)" >&2; exit 1; }
    echo "building switchover ..."
    mvn -B -q package -DskipTests -Pbench -pl integration-tests -am
    java -Xmx512m -cp "integration-tests/target/test-classes:$(cat integration-tests/target/bench.classpath)" \
      -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dswitchover.city.site=templates/sites/city/site.yaml \
      -Dswitchover.bench.devices="${SWITCHES:-500}" ${COMMANDS:+"-Dswitchover.bench.commands=$COMMANDS"} \
      org.switchover.audit.AuditPeerBench
    ;;
  replace)
    # one core switch of the city site replaced end to end against the lab; seconds per phase
    echo "building switchover ..."
    mvn -B -q package -DskipTests -Pbench -pl integration-tests -am
    java -cp "integration-tests/target/test-classes:$(cat integration-tests/target/bench.classpath)" \
      -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
      org.switchover.bench.ReplaceBench templates/sites/city/site.yaml "${DEVICE:-core-1}"
    ;;
  *) echo "bench.sh: unknown benchmark '$name'" >&2; exit 2 ;;
esac
