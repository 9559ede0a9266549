# Windows: an NSIS installer (or a WiX v3 MSI) and a ZIP, built with MSVC and
# the Qt 6 online installer's Qt. Configured here, not tested on this
# project's machines (Debian); the steps are in packaging/README.md.
# Included by packaging/CPackConfig.cmake.

set(COOPDESK_WINDOWS_INSTALLER "NSIS" CACHE STRING "Windows installer: NSIS (.exe) or WIX (WiX v3 .msi)")
set_property(CACHE COOPDESK_WINDOWS_INSTALLER PROPERTY STRINGS NSIS WIX)
set(CPACK_GENERATOR "${COOPDESK_WINDOWS_INSTALLER}" "ZIP")

set(COOPDESK_WINDOWS_ICON "${PROJECT_SOURCE_DIR}/resources/icons/coopdesk.ico")

# The icon and version of coopdesk.exe (a resource script compiled into it).
if(TARGET coopdesk)
    configure_file("${CMAKE_CURRENT_LIST_DIR}/windows/coopdesk.rc.in"
        "${PROJECT_BINARY_DIR}/packaging/coopdesk.rc" @ONLY)
    target_sources(coopdesk PRIVATE "${PROJECT_BINARY_DIR}/packaging/coopdesk.rc")
endif()

# --- Run-time files next to the programs -------------------------------------
# Qt: windeployqt, through Qt 6.4's deploy support (qt_generate_deploy_app_script
# does the same for one target; this script deploys both programs at once):
# Qt DLLs into bin/, plugins (platforms/qwindows, iconengines/qsvgicon,
# imageformats, styles) into plugins/, Qt's translations into translations/,
# and a bin/qt.conf that points Qt there.
if(TARGET coopdesk)
    set(coopdesk_deploy_main coopdesk)
    set(coopdesk_deploy_extra "\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:coopdesk-cli>")
else()
    set(coopdesk_deploy_main coopdesk-cli)
    set(coopdesk_deploy_extra "")
endif()
set(coopdesk_deploy_script "${PROJECT_BINARY_DIR}/packaging/deploy_qt_windows-$<CONFIG>.cmake")
file(GENERATE OUTPUT "${coopdesk_deploy_script}" CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt6_deploy_runtime_dependencies(
    EXECUTABLE \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:${coopdesk_deploy_main}>\"
    ADDITIONAL_EXECUTABLES ${coopdesk_deploy_extra}
    GENERATE_QT_CONF)
")
install(SCRIPT "${coopdesk_deploy_script}")

# The other DLLs the programs load (windows/install_dlls.cmake.in): looked
# for in the folders of SQLite's, libpq's, OpenSSL's and QtKeychain's import
# libraries, and the bin folders beside them (as vcpkg and the PostgreSQL
# installer lay them out).
set(coopdesk_dll_dirs "")
foreach(coopdesk_import_lib IN ITEMS "${SQLite3_LIBRARY}" "${PostgreSQL_LIBRARY}"
        "${OPENSSL_CRYPTO_LIBRARY}")
    get_filename_component(coopdesk_lib_dir "${coopdesk_import_lib}" DIRECTORY)
    string(APPEND coopdesk_dll_dirs " \"${coopdesk_lib_dir}\" \"${coopdesk_lib_dir}/../bin\"")
endforeach()
set(coopdesk_program_names "\"$<TARGET_FILE_NAME:coopdesk-cli>\"")
if(TARGET coopdesk)
    string(APPEND coopdesk_dll_dirs " \"$<TARGET_LINKER_FILE_DIR:Qt6Keychain::Qt6Keychain>\""
        " \"$<TARGET_FILE_DIR:Qt6Keychain::Qt6Keychain>\"")
    string(APPEND coopdesk_program_names " \"$<TARGET_FILE_NAME:coopdesk>\"")
endif()
configure_file("${CMAKE_CURRENT_LIST_DIR}/windows/install_dlls.cmake.in"
    "${PROJECT_BINARY_DIR}/packaging/install_dlls_windows.cmake.in" @ONLY)
file(GENERATE OUTPUT "${PROJECT_BINARY_DIR}/packaging/install_dlls_windows-$<CONFIG>.cmake"
    INPUT "${PROJECT_BINARY_DIR}/packaging/install_dlls_windows.cmake.in")
install(SCRIPT "${PROJECT_BINARY_DIR}/packaging/install_dlls_windows-$<CONFIG>.cmake")

# The MSVC run-time DLLs (vcruntime140.dll, msvcp140.dll, ...).
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
include(InstallRequiredSystemLibraries)

# --- NSIS --------------------------------------------------------------------
set(CPACK_NSIS_PACKAGE_NAME "CoopDesk")
set(CPACK_NSIS_DISPLAY_NAME "CoopDesk ${PROJECT_VERSION}")
set(CPACK_NSIS_BRANDING_TEXT "CoopDesk ${PROJECT_VERSION}")
if(CMAKE_SIZEOF_VOID_P EQUAL 8)
    set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
endif()
set(CPACK_NSIS_MUI_ICON "${COOPDESK_WINDOWS_ICON}")
set(CPACK_NSIS_MUI_UNIICON "${COOPDESK_WINDOWS_ICON}")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "${CMAKE_INSTALL_BINDIR}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# PATH is left alone (NSIS truncates long PATH values); coopdesk-cli is in
# "C:\Program Files\CoopDesk\bin".
set(CPACK_NSIS_MODIFY_PATH OFF)
if(TARGET coopdesk)
    set(CPACK_NSIS_INSTALLED_ICON_NAME "${CMAKE_INSTALL_BINDIR}\\coopdesk.exe")
    set(CPACK_NSIS_MUI_FINISHPAGE_RUN "coopdesk.exe")
endif()

# --- WiX v3 ------------------------------------------------------------------
# The upgrade code stays the same for every version: a new MSI replaces the old.
set(CPACK_WIX_UPGRADE_GUID "5E83042E-4471-493B-974C-E878630E19C3")
set(CPACK_WIX_PRODUCT_ICON "${COOPDESK_WINDOWS_ICON}")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "CoopDesk")
set(CPACK_WIX_ARCHITECTURE "x64")
