# What Debian policy expects of a package besides the program: the copyright file, the changelog
# and a manual page, compressed with `gzip -9n` (reproducible: no name or time in the header).
find_program(PROSPECTOR_GZIP gzip)

function(prospector_gzip source output)
    add_custom_command(OUTPUT "${output}"
        COMMAND "${PROSPECTOR_GZIP}" -9nc "${source}" > "${output}"
        DEPENDS "${source}"
        COMMENT "Compressing ${output}"
        VERBATIM)
endfunction()

function(prospector_install_linux_docs)
    set(_doc_dir "${CMAKE_INSTALL_DATADIR}/doc/prospector")
    install(FILES "${CMAKE_CURRENT_SOURCE_DIR}/linux/copyright" DESTINATION "${_doc_dir}")
    if(NOT PROSPECTOR_GZIP)
        message(WARNING "gzip not found: the changelog and the manual page are not installed")
        return()
    endif()
    # A native package's changelog.gz is in Debian's format; it points to the user-facing one.
    # TIMESTAMP honours SOURCE_DATE_EPOCH, so release builds can be reproducible.
    string(TIMESTAMP PROSPECTOR_CHANGELOG_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)
    configure_file(linux/debian-changelog.in "${CMAKE_CURRENT_BINARY_DIR}/debian-changelog" @ONLY)
    set(_changelog "${CMAKE_CURRENT_BINARY_DIR}/changelog.gz")
    set(_upstream_changelog "${CMAKE_CURRENT_BINARY_DIR}/CHANGELOG.md.gz")
    set(_manpage "${CMAKE_CURRENT_BINARY_DIR}/prospector.1.gz")
    prospector_gzip("${CMAKE_CURRENT_BINARY_DIR}/debian-changelog" "${_changelog}")
    prospector_gzip("${PROJECT_SOURCE_DIR}/CHANGELOG.md" "${_upstream_changelog}")
    prospector_gzip("${CMAKE_CURRENT_SOURCE_DIR}/linux/prospector.1" "${_manpage}")
    add_custom_target(prospector_linux_docs ALL DEPENDS "${_changelog}" "${_upstream_changelog}" "${_manpage}")
    install(FILES "${_changelog}" "${_upstream_changelog}" DESTINATION "${_doc_dir}")
    install(FILES "${_manpage}" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
endfunction()
