#!/usr/bin/env bash
# The packaging test (ctest -L packaging), registered by packaging/linux.cmake:
#
#   check_deb.sh BUILD_DIR VERSION gui|no-gui "DECLARED, DEPENDS"
#
# Builds the DEB from BUILD_DIR with cpack, checks its Depends and contents,
# validates the desktop entry and the AppStream metainfo it installs, unpacks
# it into a throw-away root (dpkg -x: nothing touches the real system) and
# runs coopdesk-cli --version and coopdesk --version (offscreen) from there,
# against the system's Qt, expecting VERSION.
set -uo pipefail

build_dir=$1
version=$2
with_gui=$3
declared=${4:-}
app_id=org.coopdesk.CoopDesk

work="$(mktemp -d "${TMPDIR:-/tmp}/coopdesk-deb-check.XXXXXX")"
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
ok() { echo "ok   $*"; passed=$((passed + 1)); }
fail() { echo "FAIL $*"; failed=$((failed + 1)); }
ere() { sed 's/[][\\.^$*+?(){}|]/\\&/g' <<<"$1"; } # a package name as a literal regex
check() { # check DESCRIPTION COMMAND...
    local what=$1
    shift
    if "$@" >"$work/out" 2>&1; then ok "$what"; else fail "$what"; sed 's/^/     /' "$work/out"; fi
}

echo "== cpack -G DEB ($build_dir)"
if ! cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work/packages" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    echo "FAIL cpack -G DEB"
    exit 1
fi
deb="$(ls "$work"/packages/*.deb)"
ok "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

echo "== control fields"
depends="$(dpkg-deb -f "$deb" Depends)"
echo "     Depends: $depends"
[ "$(dpkg-deb -f "$deb" Version)" = "$version-1" ] && ok "Version is $version-1" \
    || fail "Version is $(dpkg-deb -f "$deb" Version), not $version-1"
# dpkg-shlibdeps ran: the linked libraries are there, with versions (the
# app's keychain library, libqt6keychain1, only with the app).
computed=(libc6 libstdc++6 libqt6core6 libsqlite3-0 libpq5)
[ "$with_gui" = gui ] && computed+=(libqt6keychain1)
for package in "${computed[@]}"; do
    if grep -Eq "(^|, )$(ere "$package")(t64)? \(>= " <<<"$depends"; then ok "Depends computes $package"
    else fail "Depends lacks $package (dpkg-shlibdeps)"; fi
done
# The run-time packages shared-library scanning cannot see.
IFS=',' read -ra declared_list <<<"$declared"
for package in "${declared_list[@]}"; do
    package="${package// /}"
    [ -n "$package" ] || continue
    if grep -Eq "(^|, )$(ere "$package")( |,|$)" <<<"$depends"; then ok "Depends declares $package"
    else fail "Depends lacks $package"; fi
done

echo "== contents"
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's#^\./#/#' >"$work/contents"
expected=(/usr/bin/coopdesk-cli /usr/share/doc/coopdesk/LICENSE /usr/share/doc/coopdesk/README.md)
if [ "$with_gui" = gui ]; then
    expected+=(/usr/bin/coopdesk
        "/usr/share/applications/$app_id.desktop"
        "/usr/share/metainfo/$app_id.metainfo.xml"
        "/usr/share/mime/packages/$app_id.xml"
        "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
        "/usr/share/icons/hicolor/48x48/apps/$app_id.png")
fi
for path in "${expected[@]}"; do
    if grep -qxF "$path" "$work/contents"; then ok "installs $path"; else fail "does not install $path"; fi
done

echo "== unpacked into a throw-away root"
root="$work/root"
dpkg-deb -x "$deb" "$root"
for program in "$root/usr/bin/coopdesk-cli" "$root/usr/bin/coopdesk"; do
    [ -e "$program" ] || continue
    if readelf -d "$program" | grep -Eq '\((RUN)?PATH\)'; then
        fail "$(basename "$program") has an RPATH: $(readelf -d "$program" | grep -E 'PATH')"
    else
        ok "$(basename "$program") has no RPATH (runs against the system's Qt)"
    fi
done
output="$("$root/usr/bin/coopdesk-cli" --version 2>&1)"
echo "     \$ <root>/usr/bin/coopdesk-cli --version"
echo "     $output"
[ "$output" = "coopdesk-cli $version" ] && ok "coopdesk-cli --version prints $version" \
    || fail "coopdesk-cli --version printed '$output'"
if [ "$with_gui" = gui ]; then
    output="$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/coopdesk" --version 2>&1)"
    echo "     \$ QT_QPA_PLATFORM=offscreen <root>/usr/bin/coopdesk --version"
    echo "     $output"
    [ "$output" = "coopdesk $version" ] && ok "coopdesk --version prints $version" \
        || fail "coopdesk --version printed '$output'"

    echo "== desktop entry and metainfo"
    check "desktop-file-validate $app_id.desktop" \
        desktop-file-validate "$root/usr/share/applications/$app_id.desktop"
    check "appstreamcli validate --no-net $app_id.metainfo.xml" \
        appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml"
    newest="$(grep -o -m1 '<release version="[^"]*"' "$root/usr/share/metainfo/$app_id.metainfo.xml" | cut -d'"' -f2)"
    [ "$newest" = "$version" ] && ok "metainfo's newest release is $version" \
        || fail "metainfo's newest release is '$newest', not $version"
    exec_line="$(grep -m1 '^Exec=' "$root/usr/share/applications/$app_id.desktop")"
    [ -x "$root/usr/bin/$(cut -d= -f2 <<<"$exec_line" | cut -d' ' -f1)" ] && ok "$exec_line is installed" \
        || fail "$exec_line names no installed program"
    icon="$(grep -m1 '^Icon=' "$root/usr/share/applications/$app_id.desktop" | cut -d= -f2)"
    [ -f "$root/usr/share/icons/hicolor/48x48/apps/$icon.png" ] && ok "Icon=$icon has a 48x48 PNG" \
        || fail "Icon=$icon has no 48x48 PNG"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
