#!/usr/bin/env bash
# Renders the app icon resources/icons/coopdesk.svg into the files committed
# beside it: the hicolor PNGs (Linux), coopdesk.ico (Windows) and
# coopdesk.icns (macOS). Run it after changing the SVG, then commit the result.
#
#   scripts/render_icons.sh
#
# Needs rsvg-convert (librsvg2-bin), convert (imagemagick) and png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/dependencies.sh
coopdesk_install_packages librsvg2-bin imagemagick icnsutils

icons=resources/icons
svg="$icons/coopdesk.svg"
name=org.coopdesk.CoopDesk
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for size in 16 22 24 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" "$svg" --output "$work/$size.png"
done
for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "$icons/hicolor/${size}x${size}/apps"
    cp "$work/$size.png" "$icons/hicolor/${size}x${size}/apps/$name.png"
done
# Windows: one .ico with the sizes the shell asks for.
convert "$work/16.png" "$work/24.png" "$work/32.png" "$work/48.png" "$work/64.png" \
    "$work/256.png" "$icons/coopdesk.ico"
# macOS: png2icns takes the sizes an .icns holds (16, 32, 48, 128, 256, 512).
png2icns "$icons/coopdesk.icns" "$work/16.png" "$work/32.png" "$work/48.png" \
    "$work/128.png" "$work/256.png" "$work/512.png" >/dev/null
ls -l "$icons"/coopdesk.* "$icons"/hicolor/*/apps/*.png
