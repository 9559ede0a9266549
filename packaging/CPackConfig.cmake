# Packaging: the install rules that belong to no single target, and CPack.
# Included at the end of the top-level CMakeLists.txt, when every target
# exists, for the GUI and the CLI-only build alike.
#
#   Linux    TGZ, DEB, RPM            packaging/linux.cmake    built and checked here
#   Windows  NSIS (or WiX v3), ZIP    packaging/windows.cmake  configured, not tested here
#   macOS    DragNDrop (.dmg)         packaging/macos.cmake    configured, not tested here
#
# How to build each package: packaging/README.md.

set(COOPDESK_APP_ID "org.coopdesk.CoopDesk")
set(COOPDESK_PACKAGE_MAINTAINER "CoopDesk maintainers <maintainers@coopdesk.example>"
    CACHE STRING "Maintainer written into the DEB and RPM (Name <email>)")

# The version is set once, in project(): the AppStream metainfo lists the
# releases by hand, and its newest must be this one (the packaging test fails
# otherwise).
set(coopdesk_metainfo "${PROJECT_SOURCE_DIR}/resources/${COOPDESK_APP_ID}.metainfo.xml")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${coopdesk_metainfo}")
file(READ "${coopdesk_metainfo}" coopdesk_metainfo_text)
string(REGEX MATCH "<release version=\"([^\"]*)\"" coopdesk_newest_release "${coopdesk_metainfo_text}")
if(NOT CMAKE_MATCH_1 STREQUAL PROJECT_VERSION)
    message(WARNING "The newest <release> in ${coopdesk_metainfo} is '${CMAKE_MATCH_1}', "
                    "the project version is ${PROJECT_VERSION}: add a <release> for it.")
endif()

# Per platform: generators, where the docs go, desktop integration, and the
# Qt deployment step where the platform has one.
if(WIN32)
    set(COOPDESK_DOC_DIR "doc")
    include("${CMAKE_CURRENT_LIST_DIR}/windows.cmake")
elseif(APPLE)
    set(COOPDESK_DOC_DIR ".")
    include("${CMAKE_CURRENT_LIST_DIR}/macos.cmake")
else()
    set(COOPDESK_DOC_DIR "${CMAKE_INSTALL_DATADIR}/doc/coopdesk")
    include("${CMAKE_CURRENT_LIST_DIR}/linux.cmake")
endif()

install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" "${PROJECT_SOURCE_DIR}/README.md"
    DESTINATION "${COOPDESK_DOC_DIR}")

# What the packages install, built by one target: with Ninja, cpack builds
# nothing itself (scripts/package.sh builds this, then runs cpack).
add_custom_target(coopdesk_packaged_programs)
add_dependencies(coopdesk_packaged_programs coopdesk-cli)
if(TARGET coopdesk)
    add_dependencies(coopdesk_packaged_programs coopdesk)
endif()

# WiX wants a license ending in .txt or .rtf; the others take any name.
configure_file("${PROJECT_SOURCE_DIR}/LICENSE" "${PROJECT_BINARY_DIR}/packaging/LICENSE.txt" COPYONLY)

set(CPACK_PACKAGE_NAME "coopdesk")
set(CPACK_PACKAGE_VENDOR "CoopDesk contributors")
set(CPACK_PACKAGE_CONTACT "${COOPDESK_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION_FILE "${CMAKE_CURRENT_LIST_DIR}/description.txt")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_BINARY_DIR}/packaging/LICENSE.txt")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "CoopDesk")
if(TARGET coopdesk)
    # Start-menu entry (NSIS, WiX): executable name, then the shortcut's text.
    set(CPACK_PACKAGE_EXECUTABLES "coopdesk" "CoopDesk")
endif()
# Debug information stays in the build tree; packages carry stripped programs.
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}/packages")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_VERBATIM_VARIABLES ON)

set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build/" "/build-[^/]*/" "/\\.cache/" "\\.user$")

include(CPack)
