#!/usr/bin/env bash
# The one entry point for benchmarks: integration-tests/bench.sh NAME
# Each benchmark prints its figures and, last, one line "NAME: key=value ...".
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: integration-tests/bench.sh netconf|render|audit|replace|lab}
case "$name" in
  *) echo "bench.sh: unknown benchmark '$name'" >&2; exit 2 ;;
esac
