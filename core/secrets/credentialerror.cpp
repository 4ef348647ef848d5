#include "secrets/credentialerror.h"

#include <QCoreApplication>

namespace prospector::secrets {

QString describe(CredentialError error) {
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("CredentialError", text);
    };
    switch (error) {
    case CredentialError::None:
        return tr("Done.");
    case CredentialError::NotFound:
        return tr("No token is stored for this service.");
    case CredentialError::KeychainUnavailable:
        return tr("The system keychain is not available, so the token cannot be stored safely.");
    case CredentialError::AccessDenied:
        return tr("The system keychain refused access. Unlock it and try again.");
    case CredentialError::InvalidToken:
        return tr("The token is empty or contains line breaks or control characters.");
    case CredentialError::IndexFailed:
        return tr("Prospector could not update its list of stored tokens in its database.");
    case CredentialError::BackendFailure:
        return tr("The token store reported an error.");
    }
    Q_UNREACHABLE();
}

} // namespace prospector::secrets
