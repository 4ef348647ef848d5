# Qt runtime deployment (Qt libraries, plugins and QML modules next to the executable) for the
# installers that ship their own Qt: NSIS on Windows, the .app in the DragNDrop image on macOS.
# The .deb depends on the distribution's Qt instead, so Linux deploys nothing by default.
#
# Qt 6.4 (Debian 12) offers qt_generate_deploy_app_script for Windows and macOS only, and it
# does not deploy QML imports; Qt >= 6.5 adds qt_generate_deploy_qml_app_script, which also
# covers Linux (for a self-contained .tar.gz: -DPROSPECTOR_DEPLOY_QT=ON).
if(WIN32 OR APPLE)
    set(_deploy_default ON)
else()
    set(_deploy_default OFF)
endif()
option(PROSPECTOR_DEPLOY_QT "Install the Qt runtime next to the executable (installers without system Qt)"
       ${_deploy_default})

if(PROSPECTOR_DEPLOY_QT)
    if(COMMAND qt_generate_deploy_qml_app_script)
        qt_generate_deploy_qml_app_script(TARGET prospector OUTPUT_SCRIPT _deploy_script
                                          NO_UNSUPPORTED_PLATFORM_ERROR)
    elseif(COMMAND qt_generate_deploy_app_script)
        qt_generate_deploy_app_script(TARGET prospector FILENAME_VARIABLE _deploy_script
                                      NO_UNSUPPORTED_PLATFORM_ERROR)
        if(WIN32)
            message(STATUS "Qt ${Qt6_VERSION}: the deploy script skips QML imports; the NSIS job runs "
                           "windeployqt --qmldir qml (see packaging/README.md)")
        endif()
    else()
        message(WARNING "This Qt has no deployment API; install it from the Qt online installer >= 6.3")
    endif()
    if(_deploy_script)
        install(SCRIPT "${_deploy_script}")
    endif()
endif()
