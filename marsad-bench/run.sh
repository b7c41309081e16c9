#!/usr/bin/env bash
# Builds the benchmark jar and runs BenchMain from the repository root, where ./samples is found.
# Usage: marsad-bench/run.sh [--quick] [--samples DIR]; JAVA_OPTS is passed to the host JVM.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests -pl marsad-bench -am package
exec java ${JAVA_OPTS:-} -jar marsad-bench/target/benchmarks.jar "$@"
