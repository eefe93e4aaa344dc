#!/usr/bin/env bash
# One command for a fresh Debian 12 machine: install what the tests need, build, run them all.
# CI runs exactly this (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-dependencies.sh --tests
scripts/build.sh
# Widget tests draw offscreen: no display is needed.
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure --timeout 600 "$@"
