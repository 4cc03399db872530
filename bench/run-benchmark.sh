#!/usr/bin/env bash
# Runs the quote-stance vs plain CoreNLP benchmark (org.quotestance.bench.Benchmark) in one JVM.
# Builds target/quote-stance.jar first if it is missing or predates the benchmark classes.
#
#   bench/run-benchmark.sh [--articles=40] [--input='../shared/data/polnear/dev/text/*.txt'] [--repeat-scale=4] ...
#   bench/run-benchmark.sh --help
#   bench/run-benchmark.sh --scale [--sizes=1000,3000,10000] [--runners=DirectRunner,FlinkRunner] [--parallelism=2]
#       the scale benchmark (org.quotestance.bench.ScaleBenchmark): the job alone at each size, on each runner
#
# Environment: BENCH_XMX (default 6g: CoreNLP with coref needs about that much heap),
#              MAVEN_ARGS (extra mvn flags for the build, e.g. -o to build offline).
# Results go to stdout (a table, then one JSON line); CoreNLP, Beam and progress logs go to stderr.
set -euo pipefail

cd "$(dirname "$0")/.."
jar=target/quote-stance.jar
has_benchmark() {
  if command -v unzip >/dev/null; then
    unzip -l "$jar" 'org/quotestance/bench/Benchmark.class' >/dev/null 2>&1
  else
    jar tf "$jar" | grep -q '^org/quotestance/bench/Benchmark\.class$'
  fi
}
if [[ ! -f $jar ]] || ! has_benchmark; then
  echo "run-benchmark: building $jar" >&2
  # shellcheck disable=SC2086
  mvn -q ${MAVEN_ARGS:-} -DskipTests package >&2
fi
main=org.quotestance.bench.Benchmark
for arg in "$@"; do
  if [[ $arg == --scale ]]; then main=org.quotestance.bench.ScaleBenchmark; fi
done
# The jar keeps only the models the job loads; plain CoreNLP's default chain (4-class NER, coref)
# needs the full models jar, which the Maven build downloaded.
cp=$jar
models=${CORENLP_MODELS:-$HOME/.m2/repository/edu/stanford/nlp/stanford-corenlp/4.5.10/stanford-corenlp-4.5.10-models.jar}
if [[ -f $models ]]; then
  cp=$jar:$models
else
  echo "run-benchmark: $models not found (set CORENLP_MODELS): plain CoreNLP's default chain will fail" >&2
fi
exec java "-Xmx${BENCH_XMX:-6g}" -cp "$cp" "$main" "$@"
