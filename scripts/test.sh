#!/usr/bin/env bash
# The test command of the README: system packages first, then the whole Maven test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/test-deps.sh
exec mvn -B -ntp verify "$@"
