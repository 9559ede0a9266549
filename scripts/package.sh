#!/usr/bin/env bash
# Builds the Linux packages on a fresh Debian/Ubuntu machine too: installs
# what is missing, configures the release preset, builds the two programs,
# runs cpack and prints the packages.
#
#   scripts/package.sh              TGZ, DEB and RPM into build/release/packages
#   scripts/package.sh DEB          only the generators named (TGZ, DEB, RPM)
#
# Windows and macOS installers: packaging/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/dependencies.sh
# rpm (rpmbuild) for the RPM; file and dpkg-dev (dpkg-shlibdeps) for the
# DEB's computed Depends; the validators for the desktop entry and metainfo.
coopdesk_install_packages rpm file dpkg-dev desktop-file-utils appstream

generators=("$@")
if [ ${#generators[@]} -eq 0 ]; then
    generators=(TGZ DEB RPM)
fi

build=build/release
packages="$build/packages"
cmake --preset release
cmake --build --preset release --target coopdesk_packaged_programs

rm -rf "$packages"
for generator in "${generators[@]}"; do
    cpack --config "$build/CPackConfig.cmake" -G "$generator" -B "$packages"
done
rm -rf "$packages/_CPack_Packages"

echo
echo "Packages in $packages:"
ls -l "$packages"
