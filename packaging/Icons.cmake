# Icons for the freedesktop hicolor theme, rendered at build time from the one source SVG so they
# can never drift from it. rsvg-convert (librsvg2-bin, installed by scripts/deps.sh) renders them;
# without it only the scalable SVG is installed, which every current desktop also accepts.
set(PROSPECTOR_ICON_SVG "${PROJECT_SOURCE_DIR}/resources/icons/prospector.svg")
set(PROSPECTOR_ICON_SIZES 16 22 24 32 48 64 128 256 512)
set(PROSPECTOR_TRAY_STATES idle running paused attention)

find_program(PROSPECTOR_RSVG_CONVERT rsvg-convert)

function(prospector_install_linux_icons)
    set(_theme "${CMAKE_INSTALL_DATADIR}/icons/hicolor")
    set(_icons_dir "${CMAKE_CURRENT_BINARY_DIR}/icons")
    set(_pngs "")
    if(PROSPECTOR_RSVG_CONVERT)
        foreach(_size IN LISTS PROSPECTOR_ICON_SIZES)
            set(_png "${_icons_dir}/${_size}x${_size}/${PROSPECTOR_APP_ID}.png")
            add_custom_command(OUTPUT "${_png}"
                COMMAND "${CMAKE_COMMAND}" -E make_directory "${_icons_dir}/${_size}x${_size}"
                COMMAND "${PROSPECTOR_RSVG_CONVERT}" --width=${_size} --height=${_size}
                        --keep-aspect-ratio --output "${_png}" "${PROSPECTOR_ICON_SVG}"
                DEPENDS "${PROSPECTOR_ICON_SVG}"
                COMMENT "Rendering the ${_size}x${_size} application icon"
                VERBATIM)
            list(APPEND _pngs "${_png}")
            install(FILES "${_png}" DESTINATION "${_theme}/${_size}x${_size}/apps")
        endforeach()
    else()
        message(WARNING "rsvg-convert not found: only the scalable icon will be installed "
                        "(install librsvg2-bin, see scripts/deps.sh)")
    endif()
    add_custom_target(prospector_icons ALL DEPENDS ${_pngs})

    install(FILES "${PROSPECTOR_ICON_SVG}" DESTINATION "${_theme}/scalable/apps"
            RENAME "${PROSPECTOR_APP_ID}.svg")
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/prospector-symbolic.svg"
            DESTINATION "${_theme}/symbolic/apps" RENAME "${PROSPECTOR_APP_ID}-symbolic.svg")
    # Tray icons by theme name too, so a StatusNotifierItem host can look them up itself.
    foreach(_state IN LISTS PROSPECTOR_TRAY_STATES)
        install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/tray/tray-${_state}.svg"
                DESTINATION "${_theme}/scalable/status" RENAME "${PROSPECTOR_APP_ID}-tray-${_state}.svg")
        install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/tray/tray-${_state}-symbolic.svg"
                DESTINATION "${_theme}/symbolic/status"
                RENAME "${PROSPECTOR_APP_ID}-tray-${_state}-symbolic.svg")
    endforeach()
endfunction()
