#!/usr/bin/env bash
# Build benchmark: imports the corpus issues (read in place from ../shared/corpus), copies them
# into editions of 1x, 10x and 50x the articles (each copy a new year), and times `qikan build`
# on each: wall time, articles per second and peak memory (RSS). Compare the ratios within one run;
# absolute seconds depend on the machine.
#   scripts/bench.sh [corpus-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/corpus-edition.sh
corpus=${1:-../shared/corpus}
[ -f target/qikan.jar ] || mvn -q -B package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

base="$work/base/content"
import_corpus target/qikan.jar "$corpus" "$base"

printf '%-6s %9s %9s %12s %10s\n' copies articles seconds articles/s "peak MiB"
for copies in 1 10 50; do
  content="$work/x$copies/content"
  replicate_edition "$base" "$content" "$copies"
  articles=$(count_articles "$content")
  /usr/bin/time -f '%e %M' -o "$work/time" java -jar target/qikan.jar build -q --content "$content" --out "$work/x$copies/site" 2>&1 | grep -v warning || true
  read -r seconds kib < "$work/time"
  printf '%-6s %9d %9.2f %12.1f %10.0f\n' "$copies" "$articles" "$seconds" "$(echo "$articles / $seconds" | bc -l)" "$(echo "$kib / 1024" | bc -l)"
done
