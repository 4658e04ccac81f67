#!/usr/bin/env bash
# A/B of two builds on one machine: W1-W6 for jsbind and the hand-written J2V8 floor, the two
# builds' JMH runs interleaved (base, new, base, new, ...) so that a change in machine load hits
# both alike. Prints the pooled medians and the ratios to the floor of each build. About 4 minutes
# per round on 2 cores.
#
#   git worktree add /tmp/base <rev>
#   benchmarks/ab.sh /tmp/base . [rounds]      # rounds: default 2
#
# Needs what benchmarks/run.sh needs (JDK 17, JDK 25 for compiling the module) and python3.
set -euo pipefail
BASE=$(cd "$1" && pwd); NEW=$(cd "$2" && pwd); ROUNDS=${3:-2}
JDK25_HOME="${JDK25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
OUT=$(mktemp -d)
for tree in "$BASE" "$NEW"; do
  (cd "$tree" && mvn -B -q -Pbenchmarks -DskipTests -Djdk25.home="$JDK25_HOME" package -pl benchmarks -am)
done
run() { # tree label
  local CP="$1/benchmarks/target/classes:$(cat "$1/benchmarks/target/classpath.txt")"
  mkdir -p "$OUT/tmp"
  java -Xmx1g -cp "$CP" org.openjdk.jmh.Main 'Workloads\.w[1-6]$' -p system=jsbind,j2v8-floor \
    -f 1 -wi 3 -i 5 -w 1s -r 1s -tu ns -bm avgt \
    -jvmArgsAppend "-Xms2g -Xmx2g -Djava.io.tmpdir=$OUT/tmp -Duser.home=$OUT/tmp" \
    -rf json -rff "$OUT/$2.json" > "$OUT/$2.log" 2>&1
}
for round in $(seq "$ROUNDS"); do
  echo "round $round: base"; run "$BASE" "base$round"
  echo "round $round: new"; run "$NEW" "new$round"
done
python3 - "$OUT" <<'PY'
import collections, glob, json, statistics, sys
raw = collections.defaultdict(list)
for f in glob.glob(sys.argv[1] + '/*.json'):
    label = f.rsplit('/', 1)[1][:-5].rstrip('0123456789')
    for r in json.load(open(f)):
        key = (r['benchmark'].rsplit('.', 1)[1], r['params']['system'], label)
        raw[key].extend(x for fork in r['primaryMetric']['rawData'] for x in fork)
print('| workload | floor, base | jsbind, base | ÷ floor | floor, new | jsbind, new | ÷ floor |')
print('|---|---|---|---|---|---|---|')
for w in ['w1', 'w2', 'w3', 'w4', 'w5', 'w6']:
    cells = [w.upper()]
    for label in ['base', 'new']:
        floor = statistics.median(raw[(w, 'j2v8-floor', label)])
        jsbind = statistics.median(raw[(w, 'jsbind', label)])
        cells += [f'{floor:,.0f}', f'{jsbind:,.0f}', f'{jsbind / floor:.2f}']
    print('| ' + ' | '.join(cells) + ' |')
PY
echo "JMH logs: $OUT"
