#!/usr/bin/env bash
# Builds CoopDesk and opens it on the demo co-op, on a fresh Debian/Ubuntu
# machine too: installs what is missing, configures and builds the app
# (the release preset), then runs `coopdesk --demo`. The demo co-op (500
# families, 12 months) is made on first use in the user's data folder.
#
#   scripts/run.sh                 the demo co-op
#   scripts/run.sh --lang es       any other coopdesk arguments are passed on
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/dependencies.sh
coopdesk_install_packages

cmake --preset release
cmake --build --preset release --target coopdesk
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]; then
    echo "run.sh: no display (DISPLAY or WAYLAND_DISPLAY); run it from a desktop session," >&2
    echo "        or under a virtual one: xvfb-run scripts/run.sh" >&2
fi
exec build/release/app/desktop/coopdesk --demo "$@"
