#!/usr/bin/env bash
# Runs jsbind's performance comparison (issue 6) and rewrites the generated part of
# docs/PERFORMANCE.md. Takes about 30 minutes on 2 cores.
#
#   benchmarks/run.sh            # the documented run: 3 forks x 5 x 1 s (2 forks for Javet, Rhino, GraalJS)
#   benchmarks/run.sh --quick    # 1 fork x 2 x 1 s: a smoke run, figures too noisy to quote
#   benchmarks/run.sh --long     # 5 forks x 10 x 2 s (3 forks for the peers): about 2 hours
#   benchmarks/run.sh --skip-graal
#   benchmarks/run.sh --reuse      # resume: take every group whose JSON in target/results is complete
#
# Needs JDK 17 (java on PATH or JAVA_HOME) and a JDK 25 for GraalJS and for compiling the module
# (JDK25_HOME, default /usr/lib/jvm/temurin-25-jdk-amd64). Results and JMH logs go to
# benchmarks/target/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
JDK25_HOME="${JDK25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# Builds the benchmarks and the modules they use from this work tree (nothing is installed).
mvn -B -q -Pbenchmarks -DskipTests -Djdk25.home="$JDK25_HOME" package -pl benchmarks -am
CP="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
COMMIT="${BENCH_COMMIT:-$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git status --porcelain 2>/dev/null | grep -q . && echo ' + uncommitted changes' || true)}"
mkdir -p benchmarks/target/results/tmp
exec "$JAVA" -Xmx1g -Djava.io.tmpdir="$PWD/benchmarks/target/results/tmp" -Duser.home="$PWD/benchmarks/target/results/tmp" -cp "$CP" -Dbench.classpath="$CP" \
  -Dbench.out=benchmarks/target/results \
  -Djdk25.home="$JDK25_HOME" -Dbench.commit="$COMMIT" dev.jsbind.benchmarks.Report "$@"
