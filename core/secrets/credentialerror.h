#pragma once

#include <QString>

namespace prospector::secrets {

// Why a credential operation failed, so callers can react (e.g. offer the opt-in on
// KeychainUnavailable) and show a message per kind.
enum class CredentialError {
    None,
    NotFound,            // nothing stored for that service
    KeychainUnavailable, // no keychain backend, and the rep has not opted in to file storage
    AccessDenied,        // the keychain refused (locked, or the rep said no)
    InvalidToken,        // empty, or contains line breaks or control characters
    IndexFailed,         // the non-secret index in the database could not be read or written
    BackendFailure,      // anything else the keychain or the file reported
};

// A sentence for the rep, translated.
QString describe(CredentialError error);

} // namespace prospector::secrets
