#!/usr/bin/env bash
# Build benchmark: imports the corpus issues (read in place from ../shared/corpus), copies them
# into editions of 1x, 10x and 50x the articles (each copy a new year), and times `qikan build`
# on each: wall time, articles per second and peak memory (RSS). Compare the ratios within one run;
# absolute seconds depend on the machine.
#   scripts/bench.sh [corpus-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus}
[ -f target/qikan.jar ] || mvn -q -B package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

base="$work/base/content"
mkdir -p "$base"
cp content/site.yaml "$base/"
for f in "$corpus"/*.txt; do
  journal=$(basename "$f" .txt | sed -E 's/-[0-9]{4}-[0-9]{2}.*$//')
  java -jar target/qikan.jar import "$f" --journal "$journal" --out "$base" >/dev/null
done

printf '%-6s %9s %9s %12s %10s\n' copies articles seconds articles/s "peak MiB"
for copies in 1 10 50; do
  content="$work/x$copies/content"
  mkdir -p "$content"
  cp "$base/site.yaml" "$content/"
  for journal in "$base"/*/; do
    name=$(basename "$journal")
    mkdir -p "$content/$name"
    cp "$journal/journal.yaml" "$content/$name/"
    for issue in "$journal"/*/; do
      folder=$(basename "$issue"); year=${folder%-*}; number=${folder#*-}
      for ((i = 0; i < copies; i++)); do
        target="$content/$name/$((year - i))-$number"
        cp -r "$issue" "$target"
        sed -i -E "s/^year: .*/year: $((year - i))/" "$target/issue.yaml"
      done
    done
  done
  articles=$(find "$content" -name '*.md' -not -path '*/pages/*' -not -name '_*' | wc -l)
  /usr/bin/time -f '%e %M' -o "$work/time" java -jar target/qikan.jar build -q --content "$content" --out "$work/x$copies/site" 2>&1 | grep -v warning || true
  read -r seconds kib < "$work/time"
  printf '%-6s %9d %9.2f %12.1f %10.0f\n' "$copies" "$articles" "$seconds" "$(echo "$articles / $seconds" | bc -l)" "$(echo "$kib / 1024" | bc -l)"
done
