#!/bin/sh
# Installs, or checks, the system packages qikan's test suite needs beyond Java and Maven:
# headless Chromium and its WebDriver (the browser and accessibility gates) and Noto CJK fonts
# (so that Chinese renders in the screenshots). Debian/Ubuntu with apt; run as root or with sudo.
#
#   scripts/test-deps.sh           install what is missing (apt-get update once, then apt-get install)
#   scripts/test-deps.sh --check   only report; exit 1 if something is missing
set -eu

PACKAGES="chromium chromium-driver fonts-noto-cjk"
CHECK_ONLY=false
[ "${1:-}" = "--check" ] && CHECK_ONLY=true

missing() {
  out=""
  [ -x /usr/bin/chromium ] || out="$out chromium"
  [ -x /usr/bin/chromedriver ] || out="$out chromium-driver"
  if ! { command -v fc-list >/dev/null 2>&1 && fc-list : family | grep -q "Noto Sans CJK SC"; }; then
    out="$out fonts-noto-cjk"
  fi
  command -v java >/dev/null 2>&1 || out="$out openjdk-17-jdk-headless"
  command -v mvn >/dev/null 2>&1 || out="$out maven"
  echo "$out"
}

need=$(missing)
if [ -z "$need" ]; then
  echo "test-deps: ok ($(/usr/bin/chromium --version 2>/dev/null | head -n 1); chromedriver $(/usr/bin/chromedriver --version 2>/dev/null | cut -d' ' -f2); Noto Sans CJK SC)"
  exit 0
fi
echo "test-deps: missing:$need"
if $CHECK_ONLY; then
  echo "test-deps: install them with: apt-get update && apt-get install -y$need" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "test-deps: no apt-get here; install the packages above (Debian names: $PACKAGES) by hand" >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "test-deps: run as root (or install sudo) to install:$need" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
# shellcheck disable=SC2086
$SUDO apt-get install -y --no-install-recommends $need
need=$(missing)
if [ -n "$need" ]; then
  echo "test-deps: still missing after install:$need" >&2
  exit 1
fi
echo "test-deps: installed"
