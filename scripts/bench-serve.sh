#!/usr/bin/env bash
# Preview benchmark: edit-to-reload latency of `qikan serve` (file saved → reload event at an open page)
# on the sample edition, on the corpus edition (imported in place from ../shared/corpus) and on a
# copy of it of about 400 articles (22 copies, each a new year). Each edition: a few edits of one
# article, median/min/max, with and without the link check.
#   scripts/bench-serve.sh [corpus-dir] [edits]
#   EDITIONS="sample corpus" scripts/bench-serve.sh   pick editions (default: sample corpus x22)
# Each line gives wall milliseconds (what a user waits) and the CPU milliseconds the server's process
# spent (user + system, all threads: what the rebuild costs whatever else the machine runs): to the
# first reload (the saved article's pages, its issue's contents and so on rendered alone, where it is
# previewed) and to the end of the full build. Each save's line also gives where the full build spent its
# time (load, render, index, write, check, finish). A last line per edition saves the article again while
# its build runs (--during-build) and gives how soon that second save is shown.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/corpus-edition.sh
corpus=${1:-../shared/corpus}
edits=${2:-7}
[ -f target/qikan.jar ] || mvn -q -B package -DskipTests
[ -f target/test-classes/org/qikan/serve/ReloadBench.class ] || mvn -q -B test-compile
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# the classes run are copied first, so that a rebuild of target/ during the run changes nothing
cp target/qikan.jar "$work/qikan.jar"
cp -r target/test-classes "$work/test-classes"
cp="$work/qikan.jar:$work/test-classes"
cp -r content "$work/sample"
import_corpus "$work/qikan.jar" "$corpus" "$work/corpus"
replicate_edition "$work/corpus" "$work/x22" 22

bench() {
  local name=$1 content=$2
  echo "== $name: $(count_articles "$content") articles"
  java -cp "$cp" org.qikan.serve.ReloadBench "$content" "$work/out-$name" "$edits"
  java -cp "$cp" org.qikan.serve.ReloadBench "$content" "$work/out-$name" "$edits" --no-link-check | tail -1
  java -cp "$cp" org.qikan.serve.ReloadBench "$content" "$work/out-$name" 3 --during-build | tail -1
}
for edition in ${EDITIONS:-sample corpus x22}; do
  bench "$edition" "$work/$edition"
done
