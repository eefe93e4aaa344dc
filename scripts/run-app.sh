#!/usr/bin/env bash
# One command for a fresh Debian 12 machine: install dependencies, build, start the app.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-dependencies.sh
scripts/build.sh
exec build/bin/cors-playground "$@"
