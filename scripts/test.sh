#!/usr/bin/env bash
# One command for a fresh Debian 12 machine: install what the tests need, build, run them all.
# CI runs exactly this (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-dependencies.sh --tests
scripts/build.sh
# Widget tests draw offscreen: no display is needed.
export QT_QPA_PLATFORM=offscreen
# Here a suite whose real browser or framework is missing fails instead of skipping: a green
# run must mean the playground was compared with the real thing.
export CORS_PLAYGROUND_REQUIRE_ORACLES=1

# Runs ctest with the given arguments and fails when any test was skipped.
run_ctest() {
    local log
    log="$(mktemp)"
    local status=0
    ctest --output-on-failure --timeout 600 "$@" 2>&1 | tee "$log" || status=$?
    if ((status == 0)) && grep -q -E '\*\*\*Skipped|Not Run' "$log"; then
        echo "scripts/test.sh: a test was skipped; every suite must run here" >&2
        status=1
    fi
    rm -f "$log"
    return "$status"
}

run_ctest --test-dir build "$@"

# The unit tests again under AddressSanitizer and UndefinedBehaviorSanitizer (the tests that
# drive real browsers and frameworks run once, above). Set SKIP_SANITIZERS=1 to leave this out.
if [[ "${SKIP_SANITIZERS:-}" != 1 ]]; then
    cmake -S . -B build-sanitizers -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCORS_PLAYGROUND_SANITIZERS=ON
    cmake --build build-sanitizers --parallel "$(nproc)"
    ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        run_ctest --test-dir build-sanitizers --label-exclude 'oracle|install' "$@"
fi

# The libFuzzer targets (policy JSON, header lines and lists), for a bounded time each.
# Set SKIP_FUZZING=1 to leave this out, FUZZ_SECONDS to change the time.
if [[ "${SKIP_FUZZING:-}" != 1 ]]; then
    scripts/fuzz.sh
fi
