# CPACK_PRE_BUILD_SCRIPTS hook: signs the executables CPack has staged, before they are packed,
# so the installer carries signed binaries. Does nothing unless the release machine sets:
#   Windows: PROSPECTOR_SIGN_CERT_SHA1   thumbprint of the code-signing certificate in the store
#            PROSPECTOR_SIGN_TIMESTAMP_URL  RFC 3161 timestamp server of the certificate's issuer
#   macOS:   PROSPECTOR_SIGN_IDENTITY    "Developer ID Application: <team> (<id>)"
# (Linux packages are signed as whole files in sign-packages.cmake.)
set(_staging "${CPACK_TEMPORARY_INSTALL_DIRECTORY}")

if(CPACK_GENERATOR MATCHES "NSIS|ZIP" AND DEFINED ENV{PROSPECTOR_SIGN_CERT_SHA1})
    file(GLOB_RECURSE _binaries "${_staging}/*.exe" "${_staging}/*.dll")
    foreach(_file IN LISTS _binaries)
        execute_process(
            COMMAND signtool sign /sha1 "$ENV{PROSPECTOR_SIGN_CERT_SHA1}" /fd SHA256
                    /tr "$ENV{PROSPECTOR_SIGN_TIMESTAMP_URL}" /td SHA256 "${_file}"
            COMMAND_ERROR_IS_FATAL ANY)
    endforeach()
elseif(CPACK_GENERATOR STREQUAL "DragNDrop" AND DEFINED ENV{PROSPECTOR_SIGN_IDENTITY})
    file(GLOB_RECURSE _bundles LIST_DIRECTORIES true "${_staging}/*.app")
    foreach(_bundle IN LISTS _bundles)
        if(IS_DIRECTORY "${_bundle}" AND NOT _bundle MATCHES "\\.app/")
            # Hardened runtime + secure timestamp are what notarization requires.
            execute_process(
                COMMAND codesign --force --deep --options runtime --timestamp
                        --sign "$ENV{PROSPECTOR_SIGN_IDENTITY}" "${_bundle}"
                COMMAND_ERROR_IS_FATAL ANY)
        endif()
    endforeach()
else()
    message(STATUS "Prospector: staged files of ${CPACK_GENERATOR} left unsigned (no signing identity set)")
endif()
