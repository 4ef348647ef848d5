#pragma once

#include "integrations/services.h"
#include "secrets/credentialerror.h"
#include "secrets/credentialindex.h"
#include "secrets/insecurefilestore.h"

#include <QObject>
#include <QString>
#include <functional>

namespace QKeychain {
class Job;
}

namespace prospector::secrets {

class KeychainProbe;

// The one place tokens are kept: the OS keychain through QtKeychain, one entry per service under
// a per-data-folder namespace, with a non-secret index in the settings table. Asynchronous like
// the keychain itself: every request ends with exactly one *Finished signal.
//
// Availability is checked once by start(); requests made before the answer wait for it. Without a
// keychain every request fails with KeychainUnavailable, unless the rep explicitly allowed the
// owner-only file (setInsecureStorageAllowed) — there is no silent fallback.
//
// Every token that passes through (read or written) is registered with the log redaction.
class CredentialStore : public QObject {
    Q_OBJECT
public:
    struct Options {
        // The keychain "service" entries are filed under; tests use their own.
        QString keychainService = QStringLiteral("Prospector");
        // Where the opt-in file lives (normally in the data folder).
        QString insecureFilePath;
    };

    CredentialStore(CredentialIndex &index, Options options, QObject *parent = nullptr);
    ~CredentialStore() override;

    // The opt-in file's name inside the data folder.
    static QString insecureFileName() { return QStringLiteral("credentials-insecure.json"); }

    // Asks the keychain whether it works; emits availabilityChecked.
    void start();
    bool isChecked() const { return m_checked; }
    bool isAvailable() const { return m_keychainAvailable; }
    QString keychainError() const { return m_keychainError; }

    bool insecureStorageAllowed() const { return m_index.insecureStorageAllowed(); }
    bool setInsecureStorageAllowed(bool allowed, QString *error = nullptr);
    QString insecureFilePath() const { return m_file.filePath(); }
    // Where writes go now: the keychain, the opt-in file, or nowhere.
    CredentialLocation activeLocation() const;

    CredentialStatus status(integrations::Service service) const { return m_index.status(service); }

    void read(integrations::Service service);
    void write(integrations::Service service, const QString &token);
    void remove(integrations::Service service);

Q_SIGNALS:
    void availabilityChecked(bool keychainAvailable);
    // `detail` carries the backend's own words for BackendFailure, otherwise it is empty.
    void readFinished(prospector::net::Service service, const QString &token,
                      prospector::secrets::CredentialError error, const QString &detail);
    void writeFinished(prospector::net::Service service, prospector::secrets::CredentialError error,
                       const QString &detail);
    void removeFinished(prospector::net::Service service, prospector::secrets::CredentialError error,
                        const QString &detail);
    // The index changed (stored, cleared, or the opt-in toggled).
    void statusChanged();

private:
    enum class Operation { Read, Write, Remove };

    void whenChecked(std::function<void()> request);
    void finish(Operation operation, integrations::Service service, CredentialError error,
                const QString &detail = {}, const QString &token = {});
    void finishLater(Operation operation, integrations::Service service, CredentialError error,
                     const QString &detail = {});
    bool keyFor(integrations::Service service, QString *key);
    // Where this service's token is read from / removed from.
    CredentialLocation locationOf(integrations::Service service) const;

    void readFromKeychain(integrations::Service service, const QString &key);
    void writeToKeychain(integrations::Service service, const QString &key, const QString &token);
    void removeFromKeychain(integrations::Service service, const QString &key);
    void runFileOperation(Operation operation, integrations::Service service, const QString &key,
                          const QString &token);
    void onKeychainJobFinished(Operation operation, integrations::Service service, QKeychain::Job *job,
                               const QString &token);

    CredentialIndex &m_index;
    Options m_options;
    InsecureFileStore m_file;
    KeychainProbe *m_probe = nullptr;
    bool m_checked = false;
    bool m_keychainAvailable = false;
    QString m_keychainError;
    QList<std::function<void()>> m_waiting;
};

} // namespace prospector::secrets
