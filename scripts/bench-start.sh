#!/usr/bin/env bash
# Cold-start benchmark (#10.2): the median of RUNS cold builds (a fresh JVM, no cache, output deleted) of
# the sample edition (content/) and of the corpus edition (the issues in ../shared/corpus imported, about
# 18 articles), through the launcher, each beside Hugo's cold build of the same Markdown where `hugo` is
# installed (scripts/bench.sh installs it). Prints wall and CPU (user + system) seconds and the load average
# before and after: on a shared machine compare the rows of one run, and CPU more than wall.
#   scripts/bench-start.sh [corpus-dir]
#   RUNS=5                               runs per edition (the median is printed)
#   QIKAN="java -jar target/qikan.jar"   the command to time (default: the launcher target/qikan)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/corpus-edition.sh
source scripts/hugo-site.sh
corpus=${1:-../shared/corpus}
runs=${RUNS:-5}
[ -f target/qikan.jar ] || mvn -q -B -ntp package -DskipTests
qikan=${QIKAN:-target/qikan}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# median_of CMD…: runs CMD $runs times, after `fresh` each time; sets $wall and $cpu (medians, seconds).
median_of() {
  local i user sys walls=() cpus=()
  for ((i = 0; i < runs; i++)); do
    rm -rf "$work/out" "$work/.qikan-cache" "$work/hugo-out"
    if ! /usr/bin/time -f '%e %U %S' -o "$work/time" "$@" > "$work/log" 2>&1; then
      echo "bench-start: failed: $*"; tail -20 "$work/log"; exit 1
    fi
    read -r w user sys < "$work/time"
    walls+=("$w"); cpus+=("$(echo "$user + $sys" | bc -l)")
  done
  wall=$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")
  cpu=$(printf '%s\n' "${cpus[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")
}

editions=("sample:$PWD/content")
if [ -d "$corpus" ]; then
  import_corpus target/qikan.jar "$corpus" "$work/corpus"
  editions+=("corpus:$work/corpus")
else
  echo "bench-start: no corpus at $corpus; the sample edition only"
fi
command -v hugo >/dev/null 2>&1 && have_hugo=1 || { have_hugo=; echo "bench-start: hugo is not installed (scripts/bench.sh installs it); Hugo is left out"; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); $(java -version 2>&1 | head -1); qikan: $qikan; median of $runs"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-8s %8s | %-15s | %-15s\n' edition articles "qikan wall/cpu" "hugo wall/cpu"
for edition in "${editions[@]}"; do
  name=${edition%%:*} content=${edition#*:}
  median_of $qikan build -q --content "$content" --out "$work/out"
  q="$(printf '%.2f / %.2f' "$wall" "$cpu")"
  h=-
  if [ -n "$have_hugo" ]; then
    rm -rf "$work/hugo"
    to_hugo "$content" "$work/hugo"
    median_of hugo --quiet --source "$work/hugo" --destination "$work/hugo-out" --cacheDir "$work/hugo-cache"
    h="$(printf '%.2f / %.2f' "$wall" "$cpu")"
  fi
  printf '%-8s %8d | %-15s | %-15s\n' "$name" "$(count_articles "$content")" "$q" "$h"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
