#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan and UBSan on) and runs each one for a bounded
# time: FUZZ_SECONDS per target, 60 by default. Seeds come from fuzz/corpus/; what libFuzzer
# finds on the way goes to a temporary folder, crashes to build-fuzz/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-60}"
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCORS_PLAYGROUND_FUZZERS=ON
cmake --build build-fuzz --parallel "$(nproc)"
for target in policy_json http_headers console_paste; do
    found="$(mktemp -d)"
    trap 'rm -rf "$found"' EXIT
    echo "fuzzing ${target} for ${seconds} s"
    ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        "build-fuzz/fuzz/${target}_fuzzer" -max_total_time="${seconds}" -timeout=10 \
        -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
        -artifact_prefix="build-fuzz/${target}-" "${found}" "fuzz/corpus/${target}"
    rm -rf "$found"
done
