#!/usr/bin/env bash
# All the benchmarks in one run, printed as Markdown (docs/benchmarks.md is written from it):
#   1. HTTP throughput of `serve` against Express+cors, uvicorn+Starlette and nginx
#      (bench/throughput.sh, taking turns);
#   2. time to a visible window against an empty Qt Widgets window, and idle memory
#      (bench/startup.py, under Xvfb when there is no display);
#   3. GUI event-loop stalls while the server is flooded (build/bench/stall_probe);
#   4. the memory of `serve` under hostile clients (bench/robustness.py).
# Uses the build in build/ (scripts/build.sh); scripts/install-dependencies.sh --bench installs
# what it compares against. Everything runs on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
[ -x "$build/bin/cors-playground" ] || { echo "bench/run.sh: build first (scripts/build.sh)" >&2; exit 2; }

echo "# CORS Playground benchmarks"
echo
echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "- Machine: $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo), $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr)"
echo "- Build: $("$build/bin/cors-playground" --version | head -1), $(grep -m1 CMAKE_BUILD_TYPE "$build/CMakeCache.txt" | cut -d= -f2)"
echo
echo "## 1. Throughput"
echo
CORS_PLAYGROUND="$build/bin/cors-playground" bench/throughput.sh | sed 's/^#/##/'
echo
echo "## 2. Start-up and memory"
echo
if [ -n "${DISPLAY:-}" ]; then
    python3 bench/startup.py "$build"
else
    xvfb-run -a -s "-screen 0 1600x1000x24" python3 bench/startup.py "$build"
fi
echo
echo "## 3. GUI responsiveness under load"
echo
QT_QPA_PLATFORM=offscreen "$build/bench/stall_probe" "${BENCH_STALL_SECONDS:-10}" 2>/dev/null
echo
echo "## 4. Memory under hostile clients"
echo
python3 bench/robustness.py "$build/bin/cors-playground"
