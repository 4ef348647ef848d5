# CPACK_POST_BUILD_SCRIPTS hook: signs the finished packages (CPACK_PACKAGE_FILES). Does nothing
# unless the release machine sets:
#   Windows: PROSPECTOR_SIGN_CERT_SHA1 + PROSPECTOR_SIGN_TIMESTAMP_URL  (signs the installer .exe)
#   macOS:   PROSPECTOR_SIGN_IDENTITY (signs the .dmg) and PROSPECTOR_NOTARY_PROFILE, a keychain
#            profile made once with `xcrun notarytool store-credentials` (notarizes and staples)
#   Linux:   PROSPECTOR_GPG_KEY  (writes a detached, armored <package>.asc next to each package)
foreach(_package IN LISTS CPACK_PACKAGE_FILES)
    if(_package MATCHES "\\.exe$" AND DEFINED ENV{PROSPECTOR_SIGN_CERT_SHA1})
        execute_process(
            COMMAND signtool sign /sha1 "$ENV{PROSPECTOR_SIGN_CERT_SHA1}" /fd SHA256
                    /tr "$ENV{PROSPECTOR_SIGN_TIMESTAMP_URL}" /td SHA256 "${_package}"
            COMMAND_ERROR_IS_FATAL ANY)
    elseif(_package MATCHES "\\.dmg$" AND DEFINED ENV{PROSPECTOR_SIGN_IDENTITY})
        execute_process(COMMAND codesign --force --timestamp --sign "$ENV{PROSPECTOR_SIGN_IDENTITY}" "${_package}"
                        COMMAND_ERROR_IS_FATAL ANY)
        if(DEFINED ENV{PROSPECTOR_NOTARY_PROFILE})
            execute_process(
                COMMAND xcrun notarytool submit "${_package}" --keychain-profile "$ENV{PROSPECTOR_NOTARY_PROFILE}" --wait
                COMMAND_ERROR_IS_FATAL ANY)
            execute_process(COMMAND xcrun stapler staple "${_package}" COMMAND_ERROR_IS_FATAL ANY)
        endif()
    elseif(_package MATCHES "\\.(deb|tar\\.gz)$" AND DEFINED ENV{PROSPECTOR_GPG_KEY})
        execute_process(
            COMMAND gpg --batch --yes --armor --detach-sign --local-user "$ENV{PROSPECTOR_GPG_KEY}"
                    --output "${_package}.asc" "${_package}"
            COMMAND_ERROR_IS_FATAL ANY)
    else()
        message(STATUS "Prospector: ${_package} left unsigned (no signing identity set)")
    endif()
endforeach()
