#!/usr/bin/env bash
# Measures SPEC 9's figures B1–B11, each beside its raw-SQLite floor from
# the same run, and SPEC 12.5's B12–B14 on a throwaway local PostgreSQL
# server (started in $TMPDIR with the server's durable defaults, fsync on,
# beside a raw-libpq floor), on a fresh Debian/Ubuntu machine too: installs
# what is missing (postgresql included), builds the release preset
# (optimised, no sanitizers) and runs coopdesk-bench. Run it on a quiet
# machine: other load shows in every figure. B11 opens the desktop app
# offscreen.
#
#   scripts/bench.sh                    full sizes (under 15 minutes on 2 cores)
#   scripts/bench.sh --quick            smaller sizes, same figures (under 3 minutes)
#   scripts/bench.sh --json out.json    also write the results as JSON
#   scripts/bench.sh --only B1,B8       only these figures (--only B12,B13,B14: the server's)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/scripts/dependencies.sh"
coopdesk_install_packages

# The caller's folder stays the current one, so --json FILE lands where asked.
(cd "$root" && cmake --preset release && cmake --build --preset release --target coopdesk-bench)
export QT_QPA_PLATFORM=offscreen
exec "$root/build/release/tests/benchmarks/coopdesk-bench" "$@"
