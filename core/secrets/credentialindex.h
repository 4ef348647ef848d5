#pragma once

#include "integrations/services.h"

#include <QDateTime>
#include <QString>

namespace prospector::storage {
class SettingsRepository;
}

namespace prospector::secrets {

// Where a token lives.
enum class CredentialLocation { None, Keychain, InsecureFile };

struct CredentialStatus {
    CredentialLocation location = CredentialLocation::None;
    QDateTime updatedAt;
    bool isStored() const { return location != CredentialLocation::None; }
};

// The non-secret record of what is stored, kept in the settings table so the UI and
// `credentials status` can answer without touching the keychain (which may prompt or be slow).
// It never holds a token. It also holds the rep's explicit opt-in to file storage and the
// namespace that keeps this data folder's keychain entries apart from other data folders'.
class CredentialIndex {
public:
    explicit CredentialIndex(storage::SettingsRepository &settings);

    CredentialStatus status(integrations::Service service) const;
    bool markStored(integrations::Service service, CredentialLocation location, QString *error = nullptr);
    bool markCleared(integrations::Service service, QString *error = nullptr);

    // Off unless the rep turned it on, knowing that tokens then sit in a file readable by anyone
    // with access to their account.
    bool insecureStorageAllowed() const;
    bool setInsecureStorageAllowed(bool allowed, QString *error = nullptr);

    // A random id created on first use; empty with an error when it cannot be stored.
    QString keyNamespace(QString *error = nullptr);

private:
    storage::SettingsRepository &m_settings;
};

QString locationId(CredentialLocation location);

} // namespace prospector::secrets
