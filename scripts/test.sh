#!/usr/bin/env bash
# Builds CoopDesk and runs every test, on a fresh Debian/Ubuntu machine too:
# installs what is missing, configures (warnings are errors), builds, and
# runs the whole suite through ctest.
#
#   scripts/test.sh            the suite
#   scripts/test.sh -R NAME    only the tests matching NAME (ctest's -R)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/dependencies.sh
coopdesk_install_packages

cmake --preset ci
cmake --build --preset ci
ctest --preset ci --parallel "$(nproc)" "$@"
