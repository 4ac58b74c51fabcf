#!/usr/bin/env bash
# Installs, or checks, the system packages the test suite needs on a fresh Debian machine:
#   chromium + chromium-driver  real-browser tests (headless) and accessibility checks
#   fonts-noto-cjk              Chinese glyphs in screenshots
#   nodejs                      runs real lunr.js against the Java-written search index
#   axe-core (npm, pinned)      the accessibility gate's rules, into .test-deps/ (no newer axe-core webjar
#                               is on Maven Central than 4.6.3, which misses the rules of 2023-2026)
#   java 17+, maven             the build itself
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
command -v node >/dev/null 2>&1 || need+=(nodejs)
command -v npm >/dev/null 2>&1 || need+=(npm)
command -v mvn >/dev/null 2>&1 || need+=(maven)

if ((${#need[@]})); then
  echo "test-deps: installing ${need[*]}"
  if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "test-deps: error: missing ${need[*]} and not root; install them with apt-get, then run again" >&2
    exit 1
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

AXE_VERSION=4.14.1
axe_dir=.test-deps/axe-core-$AXE_VERSION
if [ ! -f "$axe_dir/node_modules/axe-core/axe.min.js" ]; then
  command -v npm >/dev/null 2>&1 || { echo "test-deps: error: npm is needed to install axe-core (apt-get install npm)" >&2; exit 1; }
  echo "test-deps: installing axe-core $AXE_VERSION from npm into $axe_dir"
  mkdir -p "$axe_dir"
  npm install --silent --no-audit --no-fund --prefix "$axe_dir" "axe-core@$AXE_VERSION" >/dev/null
fi

java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p')
if [ "${java_major%%.*}" -lt 17 ]; then
  echo "test-deps: error: Java 17 or newer is needed (found $java_major)" >&2
  exit 1
fi
echo "test-deps: ok ($(chromium --version 2>/dev/null | head -1); node $(node --version); Java $java_major)"
