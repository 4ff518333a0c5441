#!/usr/bin/env bash
# Regenerates the variation corpus and scores it (issue 8):
#   scripts/variations.sh [SEED] [COUNT] [OUT] [--verbose]
# SEED 8, COUNT 330 and OUT target/variations by default. Table forms are written as a PDF and as the
# .xlsx they were laid out in, so OUT holds more files than COUNT. LibreOffice, where installed, exports
# a share of the PDFs from their workbooks; without it every PDF is drawn by PDFBox. Compiles the test
# classes with Maven (offline, or online when a plugin or library is not in the local repository yet)
# and runs the generator and the scorer from them.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seed="${1:-8}"
count="${2:-330}"
out="${3:-$here/target/variations}"
verbose="${4:-}"
cd "$here"
# offline first; online once when the local repository lacks something
mvn_quiet() { nice -n 5 mvn -o -q -B "$@" >/dev/null 2>&1 || nice -n 5 mvn -q -B "$@"; }
mvn_quiet -pl extract -am test-compile
cp_file="$here/extract/target/variation-classpath.txt"
if [ ! -s "$cp_file" ] || [ "$here/extract/pom.xml" -nt "$cp_file" ] || [ "$here/pom.xml" -nt "$cp_file" ]; then
  mvn_quiet -pl extract dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
fi
# this worktree's own classes first, before any installed snapshot of them
cp="$here/extract/target/test-classes:$here/extract/target/classes:$here/ingest/target/classes:$(cat "$cp_file")"
mkdir -p "$out"
# only the generated files: a README beside them stays
find "$out" -maxdepth 1 -type f -name 'f[0-9][0-9]-*' -delete
nice -n 5 java -Xmx2g -cp "$cp" org.jixiao.extract.variation.VariationCorpus "$seed" "$count" "$out" 2>&1 \
  | grep -v -e '^SLF4J' -e 'Log4j API could not find'
nice -n 5 java ${JIXIAO_JAVA_OPTS:--Xmx4g} -cp "$cp" org.jixiao.extract.variation.VariationReport "$out" $verbose 2>&1 \
  | grep -v -e '^SLF4J' -e 'Log4j API could not find'
