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

# The unit tests again under AddressSanitizer and UndefinedBehaviorSanitizer (the tests that
# drive real browsers and frameworks run once, above). Set SKIP_SANITIZERS=1 to leave this out.
if [[ "${SKIP_SANITIZERS:-}" != 1 ]]; then
    cmake -S . -B build-sanitizers -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCORS_PLAYGROUND_SANITIZERS=ON
    cmake --build build-sanitizers --parallel "$(nproc)"
    ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --test-dir build-sanitizers --output-on-failure --timeout 600 \
        -E 'conformance|frameworks|demopage|install_check' "$@"
fi

# The libFuzzer targets (policy JSON, header lines and lists), for a bounded time each.
# Set SKIP_FUZZING=1 to leave this out, FUZZ_SECONDS to change the time.
if [[ "${SKIP_FUZZING:-}" != 1 ]]; then
    scripts/fuzz.sh
fi
