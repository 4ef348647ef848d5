# Qt runtime deployment (Qt libraries, plugins and QML modules next to the executable) for the
# installers that ship their own Qt: NSIS on Windows, the .app in the DragNDrop image on macOS.
# The .deb depends on the distribution's Qt instead, so Linux deploys nothing by default.
#
# qt_generate_deploy_qml_app_script also collects the QML imports the pages use. Qt 6.4 (Debian
# 12) supports it for Windows and macOS; Qt >= 6.5 adds Linux too (-DPROSPECTOR_DEPLOY_QT=ON then
# makes a self-contained .tar.gz; leave it off for the .deb, which depends on the system Qt).
if(WIN32 OR APPLE)
    set(_deploy_default ON)
else()
    set(_deploy_default OFF)
endif()
option(PROSPECTOR_DEPLOY_QT "Install the Qt runtime next to the executable (installers without system Qt)"
       ${_deploy_default})

if(NOT PROSPECTOR_DEPLOY_QT)
    return()
endif()

if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    qt_generate_deploy_qml_app_script(TARGET prospector OUTPUT_SCRIPT _deploy_script
                                      NO_UNSUPPORTED_PLATFORM_ERROR)
elseif(COMMAND qt_generate_deploy_qml_app_script)
    qt_generate_deploy_qml_app_script(TARGET prospector FILENAME_VARIABLE _deploy_script
                                      NO_UNSUPPORTED_PLATFORM_ERROR)
else()
    message(FATAL_ERROR "PROSPECTOR_DEPLOY_QT needs Qt >= 6.4 (qt_generate_deploy_qml_app_script)")
endif()
install(SCRIPT "${_deploy_script}")
