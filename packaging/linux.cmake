# Linux: TGZ, DEB and RPM (RPM when rpmbuild is there), desktop integration,
# and the packaging test. Included by packaging/CPackConfig.cmake.

set(CPACK_GENERATOR "TGZ" "DEB")
find_program(COOPDESK_RPMBUILD rpmbuild)
if(COOPDESK_RPMBUILD)
    list(APPEND CPACK_GENERATOR "RPM")
endif()

# The programs run against the system's Qt in /usr/lib/<multiarch>: no RPATH
# (qt_standard_project_setup() would install $ORIGIN:$ORIGIN/../lib, which
# Debian and Fedora policy reject and which these packages do not need).
foreach(program coopdesk coopdesk-cli)
    if(TARGET ${program})
        set_target_properties(${program} PROPERTIES INSTALL_RPATH "")
    endif()
endforeach()

# --- Desktop integration (freedesktop.org) ---------------------------------
# The programs install themselves (app/CMakeLists.txt, app/desktop). The
# translations need no files here: coopdesk_es.qm is compiled into the app as
# :/i18n/coopdesk_es.qm, and Qt's own qtbase_es.qm comes from the system
# (qt6-translations-l10n, a dependency below).
if(TARGET coopdesk)
    set(resources "${PROJECT_SOURCE_DIR}/resources")
    install(FILES "${resources}/${COOPDESK_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${resources}/${COOPDESK_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    install(FILES "${resources}/${COOPDESK_APP_ID}.mime.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages"
        RENAME "${COOPDESK_APP_ID}.xml")
    install(FILES "${resources}/icons/coopdesk.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
        RENAME "${COOPDESK_APP_ID}.svg")
    # PNGs rendered from the SVG by scripts/render_icons.sh (16 to 256 px).
    install(DIRECTORY "${resources}/icons/hicolor/"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor"
        FILES_MATCHING PATTERN "${COOPDESK_APP_ID}.png")
    # Debian's and Fedora's file triggers refresh the desktop, MIME and icon
    # caches when these folders change: the packages need no scripts.
endif()

# --- Run-time packages that shared-library scanning cannot see -------------
# dpkg-shlibdeps and rpm's autoreq find every library the programs link
# (Qt Core/Gui/Widgets/Charts/PrintSupport/Svg, SQLite, libpq, QtKeychain,
# libstdc++). Qt loads more at run time, as plugins and data files; those
# packages are declared:
#   platforms/libqxcb.so, libqoffscreen.so   X11 and offscreen windows
#   iconengines/libqsvgicon.so               SVG icons (the app icon)
#   imageformats/libqsvg.so                  SVG images
#   translations/qtbase_es.qm                Qt's own strings in Spanish
# No Qt SQL driver is loaded: core talks to SQLite through libsqlite3.
# On Debian the owners are looked up with dpkg (libqt6gui6, libqt6svg6,
# qt6-translations-l10n on Debian 12), so a build on Ubuntu names Ubuntu's
# packages; the fallbacks are Debian 12's names.
set(COOPDESK_DEB_DEPENDS "" CACHE STRING
    "DEB Depends beyond dpkg-shlibdeps' (default: the owners of the Qt plugins and translations)")
# libsecret-1-0: QtKeychain (libqt6keychain1, found by dpkg-shlibdeps) loads it
# at run time to reach the Secret Service of a GNOME-like desktop; KDE's
# KWallet is reached over D-Bus without it.
set(COOPDESK_DEB_RECOMMENDS "qt6-wayland, qt6-qpa-plugins, qt6-gtk-platformtheme, libsecret-1-0"
    CACHE STRING
    "DEB Recommends: the Wayland platform plugin, the other platform plugins, GTK dialogs, the Secret Service client")
set(COOPDESK_RPM_REQUIRES "qt6-qtbase-gui, qt6-qtsvg, qt6-qttranslations" CACHE STRING
    "RPM Requires beyond rpm's autoreq (Fedora's names for the Qt plugins and translations)")

# Debian package owning a file, or the fallback when dpkg does not know it.
function(coopdesk_deb_owner file fallback out_var)
    set(owner "${fallback}")
    find_program(COOPDESK_DPKG_QUERY dpkg-query)
    if(COOPDESK_DPKG_QUERY AND EXISTS "${file}")
        execute_process(COMMAND "${COOPDESK_DPKG_QUERY}" --search "${file}"
            OUTPUT_VARIABLE found ERROR_QUIET RESULT_VARIABLE failed
            OUTPUT_STRIP_TRAILING_WHITESPACE)
        # "libqt6gui6:amd64: /usr/lib/.../libqxcb.so"
        if(NOT failed AND found MATCHES "^([a-z0-9][a-z0-9.+-]*)(:[a-z0-9-]+)?: ")
            set(owner "${CMAKE_MATCH_1}")
        endif()
    endif()
    set(${out_var} "${owner}" PARENT_SCOPE)
endfunction()

set(coopdesk_deb_depends "")
if(TARGET coopdesk)
    if(COOPDESK_DEB_DEPENDS)
        set(coopdesk_deb_depends "${COOPDESK_DEB_DEPENDS}")
    else()
        set(qt_plugins "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_PLUGINS}")
        set(qt_translations "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}")
        set(owners "")
        foreach(entry
                "${qt_plugins}/platforms/libqxcb.so|libqt6gui6"
                "${qt_plugins}/platforms/libqoffscreen.so|libqt6gui6"
                "${qt_plugins}/iconengines/libqsvgicon.so|libqt6svg6"
                "${qt_plugins}/imageformats/libqsvg.so|libqt6svg6"
                "${qt_translations}/qtbase_es.qm|qt6-translations-l10n")
            string(REPLACE "|" ";" entry "${entry}")
            list(GET entry 0 file)
            list(GET entry 1 fallback)
            coopdesk_deb_owner("${file}" "${fallback}" owner)
            list(APPEND owners "${owner}")
        endforeach()
        list(REMOVE_DUPLICATES owners)
        list(JOIN owners ", " coopdesk_deb_depends)
    endif()
endif()

# --- DEB ---------------------------------------------------------------------
set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")              # coopdesk_0.1.0-1_amd64.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE "1")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)                  # dpkg-shlibdeps computes the rest
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${coopdesk_deb_depends}")
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
if(TARGET coopdesk)
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "${COOPDESK_DEB_RECOMMENDS}")
endif()

# --- RPM ---------------------------------------------------------------------
set(CPACK_RPM_FILE_NAME "RPM-DEFAULT")                  # coopdesk-0.1.0-1.x86_64.rpm
set(CPACK_RPM_PACKAGE_RELEASE "1")
set(CPACK_RPM_PACKAGE_LICENSE "GPL-3.0-or-later")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Productivity")
set(CPACK_RPM_PACKAGE_AUTOREQ ON)                       # rpm finds the linked libraries
set(CPACK_RPM_PACKAGE_AUTOPROV OFF)                     # and we provide none
if(TARGET coopdesk)
    set(CPACK_RPM_PACKAGE_REQUIRES "${COOPDESK_RPM_REQUIRES}")
endif()
# No /usr/lib/.build-id links: they would clash with other packages' and
# the debug information is not shipped.
set(CPACK_RPM_SPEC_MORE_DEFINE "%define _build_id_links none")
# Folders owned by the distribution (filesystem, hicolor-icon-theme,
# shared-mime-info): the package owns only its files in them.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications
    /usr/share/metainfo
    /usr/share/mime
    /usr/share/mime/packages
    /usr/share/icons
    /usr/share/icons/hicolor
    /usr/share/icons/hicolor/scalable
    /usr/share/icons/hicolor/scalable/apps
    /usr/share/doc)
foreach(size 16 22 24 32 48 64 128 256 512)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        "/usr/share/icons/hicolor/${size}x${size}" "/usr/share/icons/hicolor/${size}x${size}/apps")
endforeach()

# --- The packaging test (ctest -L packaging) ---------------------------------
# Builds the DEB from this build tree, validates the desktop entry and the
# metainfo, unpacks the DEB into a throw-away root and runs both programs
# from it. Registered only where its tools are.
if(COOPDESK_BUILD_TESTS)
    set(coopdesk_packaging_tools dpkg-deb dpkg-shlibdeps file desktop-file-validate appstreamcli)
    set(coopdesk_missing_tools "")
    foreach(tool IN LISTS coopdesk_packaging_tools)
        string(MAKE_C_IDENTIFIER "COOPDESK_TOOL_${tool}" tool_var)
        string(TOUPPER "${tool_var}" tool_var)
        find_program(${tool_var} "${tool}")
        if(NOT ${tool_var})
            list(APPEND coopdesk_missing_tools "${tool}")
        endif()
    endforeach()
    if(coopdesk_missing_tools)
        message(STATUS "Packaging test not registered: missing ${coopdesk_missing_tools} "
                       "(scripts/dependencies.sh installs them)")
    else()
        if(TARGET coopdesk)
            set(with_gui "gui")
        else()
            set(with_gui "no-gui")
        endif()
        add_test(NAME packaging_deb
            COMMAND bash "${CMAKE_CURRENT_LIST_DIR}/check_deb.sh"
                "${PROJECT_BINARY_DIR}" "${PROJECT_VERSION}" "${with_gui}"
                "${coopdesk_deb_depends}")
        set_tests_properties(packaging_deb PROPERTIES
            LABELS "packaging" TIMEOUT 600)
    endif()
endif()
