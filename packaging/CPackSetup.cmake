# CPack: one `cpack` in the build tree produces the packages of the host platform.
#   Linux:   DEB (depends on the distribution's Qt 6.4 packages) and TGZ
#   Windows: NSIS installer (+ ZIP), Qt deployed next to prospector.exe (Deploy.cmake)
#   macOS:   DragNDrop disk image holding Prospector.app
# Code signing hooks: packaging/signing/*.cmake (see packaging/README.md).
# Values reach CPackConfig.cmake escaped exactly as written here (backslashes, quotes in NSIS code).
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_PACKAGE_NAME "prospector")
set(CPACK_PACKAGE_VENDOR "Prospector")
set(CPACK_PACKAGE_CONTACT "${PROSPECTOR_CONTACT}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Debian shows these lines under the summary; lintian wants them under 80 columns.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Prospector imports prospect lists from CSV files and lets sales reps review"
    "them offline, enrich them, sync them to HubSpot and enroll them in lemlist"
    "campaigns, with an autopilot in the system tray that works within limits"
    "the rep sets.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROSPECTOR_HOMEPAGE}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Prospector")
set(CPACK_PACKAGE_EXECUTABLES "prospector;Prospector")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/;/build.*/;\\.user$")
set(CPACK_PACKAGE_CHECKSUM SHA256)
if(EXISTS "${PROJECT_SOURCE_DIR}/LICENSE")
    set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
endif()

# Signing runs on the staged files (before packing) and on the finished packages; it is a
# no-op unless the signing environment variables are set on the release machine.
set(CPACK_PRE_BUILD_SCRIPTS "${CMAKE_CURRENT_SOURCE_DIR}/signing/sign-staged-files.cmake")
set(CPACK_POST_BUILD_SCRIPTS "${CMAKE_CURRENT_SOURCE_DIR}/signing/sign-packages.cmake")

if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
endif()

# --- Debian ------------------------------------------------------------------------------------
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROSPECTOR_HOMEPAGE}")
# Shared libraries (Qt, QtKeychain, spdlog, fmt, libc) come from dpkg-shlibdeps. What it cannot
# see is loaded at run time: the QML modules the pages import, the SQLite driver and the
# platform/SVG plugins. Keep this list in step with the qml6-module-* packages in scripts/deps.sh.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(_prospector_runtime_packages
    qml6-module-qtqml
    qml6-module-qtqml-models
    qml6-module-qtqml-workerscript
    qml6-module-qtquick
    qml6-module-qtquick-controls
    qml6-module-qtquick-dialogs
    qml6-module-qtquick-layouts
    qml6-module-qtquick-shapes
    qml6-module-qtquick-templates
    qml6-module-qtquick-window
    qml6-module-qt-labs-platform
    qml6-module-qt-labs-settings
    libqt6sql6-sqlite
    libqt6svg6
    qt6-qpa-plugins)
list(JOIN _prospector_runtime_packages ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
# Wayland sessions and a Secret Service provider (for QtKeychain) are where most desktops are.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, gnome-keyring | kwalletmanager")

# --- Tarball -----------------------------------------------------------------------------------
set(CPACK_ARCHIVE_TGZ_FILE_NAME "prospector-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}")

# --- NSIS (Windows) ----------------------------------------------------------------------------
set(CPACK_NSIS_PACKAGE_NAME "Prospector")
set(CPACK_NSIS_DISPLAY_NAME "Prospector ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_SOURCE_DIR}/windows/prospector.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_SOURCE_DIR}/windows/prospector.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\prospector.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROSPECTOR_HOMEPAGE}")
set(CPACK_NSIS_CONTACT "${PROSPECTOR_CONTACT}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "prospector.exe")
# "Open with" for .csv files: register the app and list .csv among its supported types.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [[
  WriteRegStr HKCU "Software\Classes\Applications\prospector.exe\shell\open\command" "" '"$INSTDIR\bin\prospector.exe" "%1"'
  WriteRegStr HKCU "Software\Classes\Applications\prospector.exe" "FriendlyAppName" "Prospector"
  WriteRegStr HKCU "Software\Classes\Applications\prospector.exe\SupportedTypes" ".csv" ""
  WriteRegStr HKCU "Software\Classes\.csv\OpenWithList\prospector.exe" "" ""
]])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [[
  DeleteRegKey HKCU "Software\Classes\Applications\prospector.exe"
  DeleteRegKey HKCU "Software\Classes\.csv\OpenWithList\prospector.exe"
]])

# --- DragNDrop (macOS) -------------------------------------------------------------------------
set(CPACK_PACKAGE_ICON "${CMAKE_CURRENT_SOURCE_DIR}/macos/prospector.icns")
set(CPACK_DMG_VOLUME_NAME "Prospector ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)

include(CPack)
