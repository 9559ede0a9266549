#!/usr/bin/env bash
# Builds CoopDesk and runs every test, on a fresh Debian/Ubuntu machine too:
# installs what is missing, then
#   0. checks the sources are formatted (scripts/check_format.sh);
#   1. builds everything with AddressSanitizer + UndefinedBehaviorSanitizer
#      (warnings are errors) and runs the whole suite through ctest;
#   2. builds the threaded tests with ThreadSanitizer and runs them;
#   3. fuzzes the input parsers for a short while (scripts/fuzz.sh).
# Any report from a sanitizer fails the run.
#
#   scripts/test.sh             all of the above (what CI runs)
#   scripts/test.sh --plain     only the suite, built plainly (quicker, for development)
#   scripts/test.sh ... -R NAME only the tests matching NAME (ctest's options)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/dependencies.sh

# Clones at other paths share the compiler cache (ccache, when installed).
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1

mode=all
if [ "${1:-}" = "--plain" ]; then
    mode=plain
    shift
fi
jobs="$(nproc)"

if [ "$mode" = plain ]; then
    coopdesk_install_packages
    cmake --preset ci
    cmake --build --preset ci
    ctest --preset ci --parallel "$jobs" "$@"
    exit 0
fi

echo "== formatting"
scripts/check_format.sh

coopdesk_install_packages clang libclang-rt-14-dev
sanitizers="$PWD/tests/sanitizers"

echo "== 1/3 the whole suite under AddressSanitizer + UndefinedBehaviorSanitizer"
cmake --preset ci-asan
cmake --build --preset ci-asan
ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:check_initialization_order=1" \
LSAN_OPTIONS="suppressions=$sanitizers/lsan.supp:print_suppressions=0" \
UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
    ctest --preset ci-asan --parallel "$jobs" "$@"

echo "== 2/3 the threaded tests under ThreadSanitizer"
cmake --preset ci-tsan
cmake --build --preset ci-tsan --target coopdesk_threaded_tests
# die_after_fork=0: QProcess forks a test that ran threads, and the child
# only calls exec.
TSAN_OPTIONS="suppressions=$sanitizers/tsan.supp:halt_on_error=1:second_deadlock_stack=1:die_after_fork=0" \
    ctest --preset ci-tsan --parallel "$jobs" "$@"

echo "== 3/3 fuzzing"
scripts/fuzz.sh "${COOPDESK_FUZZ_SECONDS:-20}"
