#!/usr/bin/env bash
# Fails when a C++ source file is not formatted as .clang-format says
# (clang-format 14, Debian 12's). Fix a file with: clang-format -i FILE
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/dependencies.sh
coopdesk_install_packages clang-format

mapfile -t files < <(find app core ui tests -name '*.cpp' -o -name '*.h' | sort)
if ! clang-format --dry-run --Werror "${files[@]}"; then
    echo "check_format: the files above are not formatted; run clang-format -i on them" >&2
    exit 1
fi
echo "check_format: ${#files[@]} files formatted"
