#!/usr/bin/env bash
# Build benchmark, qikan beside Hugo in one run. Imports the corpus issues (read in place from
# ../shared/corpus), copies them into editions of 1x, 10x, 100x and 222x the articles (each copy a
# new year: about 18, 180, 1,800 and 3,996 articles), converts the same Markdown into a Hugo site,
# and for each size prints:
#   qikan  cold build (fresh JVM, no cache), its peak RSS, the output's size and files, the search
#          index's size and files; then a warm rebuild (nothing changed) and a rebuild with one
#          issue added, both with the incremental cache (.qikan-cache beside the output);
#   hugo   the plain build of the same Markdown (Debian's hugo, installed here with apt-get if
#          missing; skipped with a message where it cannot be installed), its wall time and RSS;
#   ratio  qikan cold / hugo; and +1/hugo: the one-issue-added rebuild / hugo's cold build (#10.4's target: ≤ 0.5).
# The machine may be shared: compare the rows and ratios of one run, not seconds across runs.
#   scripts/bench.sh [corpus-dir]
#   SIZES="1 10" scripts/bench.sh         pick sizes (copies of the corpus issues); default "1 10 100 222"
#   QIKAN="java -jar target/qikan.jar"    the command to time (default: the launcher target/qikan)
#   BENCH_VERIFY=1                        also checks that the incremental output equals a build with --no-cache
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/corpus-edition.sh
corpus=${1:-../shared/corpus}
[ -d "$corpus" ] || { echo "bench: no corpus at $corpus: give its folder as the first argument" >&2; exit 2; }
sizes=${SIZES:-1 10 100 222}
[ -f target/qikan.jar ] || mvn -q -B -ntp package -DskipTests
qikan=${QIKAN:-target/qikan}
work=${BENCH_WORK:-$(mktemp -d)}
mkdir -p "$work"
[ -n "${BENCH_KEEP:-}" ] || trap 'rm -rf "$work"' EXIT

if ! command -v hugo >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo -n"; else sudo=none; fi
  if [ "$sudo" != none ]; then
    echo "bench: installing hugo (Debian) ..."
    { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends hugo; } >/dev/null 2>&1 || true
  fi
fi
if command -v hugo >/dev/null 2>&1; then
  have_hugo=1
  hugo_version=$(hugo version 2>/dev/null | grep -oE 'v[0-9]+\.[0-9]+\.[0-9]+' | head -1)
else
  have_hugo=
  echo "bench: hugo is not installed and could not be installed with apt-get; the Hugo columns are left out"
fi

source scripts/hugo-site.sh

# timed LABEL COMMAND…: runs COMMAND under /usr/bin/time; sets $secs (wall), $cpu (user + system) and $mib (peak RSS).
timed() {
  local label=$1 user sys kib; shift
  if ! /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" > "$work/$label.log" 2>&1; then
    echo "bench: $label failed:"; tail -20 "$work/$label.log"; exit 1
  fi
  read -r secs user sys kib < "$work/time"
  cpu=$(echo "$user + $sys" | bc -l | xargs printf '%.1f')
  mib=$((kib / 1024))
}

size_mib() { du -sb "$1" | awk '{printf "%.1f", $1 / 1048576}'; }
files() { find "$1" -type f | wc -l; }

base="$work/base/content"
import_corpus target/qikan.jar "$corpus" "$base"

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); $(java -version 2>&1 | head -1)${have_hugo:+; hugo $hugo_version}"
echo "qikan: $qikan"
echo "Seconds are wall time; cpu is user + system seconds (what the build costs whatever else the machine runs)."
echo
printf '%-8s | %-26s | %-17s | %-17s | %-22s | %-11s | %-15s | %-15s | %-7s\n' "" "qikan cold build" "output" "search" "hugo" "ratio" "warm" "+1 issue" "+1/hugo"
printf '%-8s | %7s %7s %10s | %7s %9s | %7s %9s | %6s %6s %8s | %5s %5s | %7s %7s | %7s %7s | %3s %3s\n' \
  articles "wall s" "cpu s" "peak MiB" "MiB" files "MiB" files "wall s" "cpu s" "MiB" "wall" "cpu" "wall s" "cpu s" "wall s" "cpu s" "wall" "cpu"
for copies in $sizes; do
  content="$work/x$copies/content"
  out="$work/x$copies/site"
  replicate_edition "$base" "$content" "$copies"
  articles=$(count_articles "$content")

  rm -rf "$out" "$work/x$copies/.site.cache" "$work/x$copies/.qikan-cache"
  timed "qikan-$copies" $qikan build -q --content "$content" --out "$out"
  q_secs=$secs q_cpu=$cpu q_mib=$mib
  out_mib=$(size_mib "$out"); out_files=$(files "$out")
  search_mib=$(size_mib "$out/search"); search_files=$(files "$out/search")

  timed "warm-$copies" $qikan build -q --content "$content" --out "$out"
  warm_secs=$secs warm_cpu=$cpu
  # One issue more: the oldest issue of the first journal copied to the year before it.
  journal=$(ls -d "$content"/*/ | head -1)
  oldest=$(ls -d "$journal"*/ | sort | head -1)
  folder=$(basename "$oldest"); year=${folder%-*}; number=${folder#*-}
  added="$journal$((year - 1))-$number"
  cp -r "$oldest" "$added"
  sed -i -E "s/^year: .*/year: $((year - 1))/" "$added/issue.yaml"
  timed "added-$copies" $qikan build -q --content "$content" --out "$out"
  added_secs=$secs added_cpu=$cpu
  if [ -n "${BENCH_VERIFY:-}" ]; then
    # The incremental output must be the cold build's, byte for byte.
    timed "verify-$copies" $qikan build -q --no-cache --content "$content" --out "$out.cold"
    diff -rq "$out" "$out.cold" > "$work/diff" || { echo "bench: the incremental build differs from a cold build:"; head "$work/diff"; exit 1; }
    rm -rf "$out.cold"
  fi

  h_secs=- h_cpu=- h_mib=- ratio=- cpu_ratio=- added_ratio=- added_cpu_ratio=-
  if [ -n "$have_hugo" ]; then
    hsite="$work/x$copies/hugo"
    rm -rf "$hsite"
    rm -rf "$added"
    to_hugo "$content" "$hsite"
    timed "hugo-$copies" hugo --quiet --source "$hsite" --destination "$hsite/public" --cacheDir "$work/hugo-cache"
    h_secs=$secs h_cpu=$cpu h_mib=$mib
    ratio=$(echo "$q_secs / $h_secs" | bc -l | xargs printf '%.1f')
    cpu_ratio=$(echo "$q_cpu / ($h_cpu + 0.01)" | bc -l | xargs printf '%.1f')
    added_ratio=$(echo "$added_secs / $h_secs" | bc -l | xargs printf '%.1f')
    added_cpu_ratio=$(echo "$added_cpu / ($h_cpu + 0.01)" | bc -l | xargs printf '%.1f')
  fi
  printf '%-8s | %7.2f %7s %10d | %7s %9d | %7s %9d | %6s %6s %8s | %5s %5s | %7.2f %7s | %7.2f %7s | %3s %3s\n' \
    "$articles" "$q_secs" "$q_cpu" "$q_mib" "$out_mib" "$out_files" "$search_mib" "$search_files" \
    "$h_secs" "$h_cpu" "$h_mib" "$ratio" "$cpu_ratio" "$warm_secs" "$warm_cpu" "$added_secs" "$added_cpu" "$added_ratio" "$added_cpu_ratio"
  rm -rf "$work/x$copies"
done
