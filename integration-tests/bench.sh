#!/usr/bin/env bash
# The one entry point for benchmarks: integration-tests/bench.sh NAME
# Each benchmark prints its figures and, last, one line "NAME: key=value ...".
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: integration-tests/bench.sh netconf|render|audit|replace|lab}
case "$name" in
  lab)
    # 500 simulated switches in one JVM: start-up time (host keys generated afresh) and heap per switch
    [ -f controller/target/switchover.jar ] || mvn -B -q -o package -DskipTests -pl controller -am
    java -Xmx2g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp controller/target/switchover.jar \
      org.switchover.lab.LabBenchmark "${SWITCHES:-500}"
    ;;
  *) echo "bench.sh: unknown benchmark '$name'" >&2; exit 2 ;;
esac
