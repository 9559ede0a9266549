# macOS: a DragNDrop disk image (.dmg) holding CoopDesk.app, built with Xcode's
# clang and the Qt 6 online installer's Qt. Configured here, not tested on
# this project's machines (Debian); the steps are in packaging/README.md.
# Included by packaging/CPackConfig.cmake.

set(CPACK_GENERATOR "DragNDrop")
set(COOPDESK_MACOS_ICON "${PROJECT_SOURCE_DIR}/resources/icons/coopdesk.icns")
set(CPACK_DMG_VOLUME_NAME "CoopDesk ${PROJECT_VERSION}")
set(CPACK_PACKAGE_ICON "${COOPDESK_MACOS_ICON}")

if(NOT TARGET coopdesk)
    message(STATUS "macOS packages need the desktop app (COOPDESK_BUILD_GUI=ON): "
                   "the disk image will hold bin/coopdesk-cli without its Qt")
    return()
endif()

# The bundle's Info.plist and icon (Finder, Dock).
set_target_properties(coopdesk PROPERTIES
    MACOSX_BUNDLE_GUI_IDENTIFIER "${COOPDESK_APP_ID}"
    MACOSX_BUNDLE_BUNDLE_NAME "CoopDesk"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_COPYRIGHT "GPL-3.0-or-later"
    MACOSX_BUNDLE_ICON_FILE "coopdesk.icns")
target_sources(coopdesk PRIVATE "${COOPDESK_MACOS_ICON}")
set_source_files_properties("${COOPDESK_MACOS_ICON}" TARGET_DIRECTORY coopdesk
    PROPERTIES MACOSX_PACKAGE_LOCATION "Resources")

# Qt's own Spanish strings (QLibraryInfo's translations folder in a bundle
# deployed by macdeployqt is Contents/translations).
set(coopdesk_qt_es "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}/qtbase_es.qm")
if(EXISTS "${coopdesk_qt_es}")
    install(FILES "${coopdesk_qt_es}" DESTINATION "coopdesk.app/Contents/translations")
endif()

# macdeployqt, through Qt 6.4's deploy support (what qt_generate_deploy_app_script
# generates for one bundle, plus coopdesk-cli): coopdesk-cli moves into the
# bundle next to coopdesk, so both use the bundled Qt frameworks and plugins.
# Runs after app/'s install rules (policy CMP0082: rules run in the order written).
set(coopdesk_deploy_script "${PROJECT_BINARY_DIR}/packaging/deploy_qt_macos-$<CONFIG>.cmake")
file(GENERATE OUTPUT "${coopdesk_deploy_script}" CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
set(bundle \"$<TARGET_FILE_NAME:coopdesk>.app\")
set(cli \"$<TARGET_FILE_NAME:coopdesk-cli>\")
file(RENAME \"\${QT_DEPLOY_PREFIX}/${CMAKE_INSTALL_BINDIR}/\${cli}\"
            \"\${QT_DEPLOY_PREFIX}/\${bundle}/Contents/MacOS/\${cli}\")
file(REMOVE_RECURSE \"\${QT_DEPLOY_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
qt6_deploy_runtime_dependencies(
    EXECUTABLE \"\${bundle}\"
    ADDITIONAL_EXECUTABLES \"\${bundle}/Contents/MacOS/\${cli}\")
")
install(SCRIPT "${coopdesk_deploy_script}")
# Signing: macdeployqt can sign (-codesign=IDENTITY); notarizing the .dmg is
# a separate step after cpack (packaging/README.md).
