#!/usr/bin/env bash
# Fuzzes the input parsers with libFuzzer (SPEC 10): command JSON, event
# decoding and upcasting, CSV. Builds the targets with clang under
# AddressSanitizer + UndefinedBehaviorSanitizer, runs each for SECONDS
# (default 30) on a copy of its seed corpus, and fails on the first crash,
# leaving the input in build/fuzz/crashes/ (add it to
# tests/fuzz/regressions/TARGET/ once fixed, so ctest replays it forever).
#
#   scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
source scripts/dependencies.sh
coopdesk_install_packages clang libclang-rt-14-dev

CXX=clang++ cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCOOPDESK_BUILD_GUI=OFF -DCOOPDESK_BUILD_FUZZERS=ON -DCOOPDESK_WERROR=ON \
    -DCOOPDESK_SANITIZE=address,undefined
targets=(command_json event_decoding csv_import)
cmake --build build/fuzz --target "${targets[@]/#/fuzz_}"

mkdir -p build/fuzz/crashes
for target in "${targets[@]}"; do
    work="build/fuzz/corpus/$target"
    mkdir -p "$work"
    cp tests/fuzz/corpus/"$target"/* "$work"/
    echo "fuzzing $target for ${seconds}s"
    build/fuzz/tests/fuzz/fuzz_"$target" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=build/fuzz/crashes/"$target"- \
        "$work" 2>&1 | tail -n 12
done
