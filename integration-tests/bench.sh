#!/usr/bin/env bash
# The one entry point for benchmarks: integration-tests/bench.sh NAME
# Each benchmark prints its figures and, last, one line "NAME: key=value ...".
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: integration-tests/bench.sh netconf|render|audit|replace|lab}
case "$name" in
  render)
    # 1,000 devices (the city site replicated) rendered with the built-in templates
    # one reactor build, so the classpath points at this tree's modules, not at ~/.m2 copies
    mvn -B -q -o -pl integration-tests -am test-compile dependency:build-classpath \
      -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
    java -cp "integration-tests/target/test-classes:$(cat integration-tests/target/bench.classpath)" \
      org.switchover.bench.RenderBench templates/sites/city/site.yaml 1000
    ;;
  *) echo "bench.sh: unknown benchmark '$name'" >&2; exit 2 ;;
esac
