#include "secrets/credentialstore.h"

#include "logging/redaction.h"
#include "secrets/keychainprobe.h"

#include <QLoggingCategory>
#include <QTimer>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSecrets, "prospector.secrets")

namespace prospector::secrets {
namespace {

using integrations::Service;
using net::serviceKey;

CredentialError fromKeychainError(QKeychain::Error error) {
    switch (error) {
    case QKeychain::NoError:
        return CredentialError::None;
    case QKeychain::EntryNotFound:
        return CredentialError::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return CredentialError::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return CredentialError::KeychainUnavailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        return CredentialError::BackendFailure;
    }
    return CredentialError::BackendFailure;
}

// Tokens are single-line printable strings; anything else is a paste accident.
bool isAcceptableToken(const QString &token) {
    if (token.isEmpty())
        return false;
    for (const QChar c : token) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            return false;
    }
    return true;
}

} // namespace

CredentialStore::CredentialStore(CredentialIndex &index, Options options, QObject *parent)
    : QObject(parent)
    , m_index(index)
    , m_options(std::move(options))
    , m_file(m_options.insecureFilePath) {}

CredentialStore::~CredentialStore() = default;

void CredentialStore::start() {
    if (m_probe)
        return;
    m_probe = new KeychainProbe(m_options.keychainService, this);
    connect(m_probe, &KeychainProbe::finished, this, [this](bool available) {
        m_checked = true;
        m_keychainAvailable = available;
        m_keychainError = m_probe->backendError();
        if (available)
            qCInfo(lcSecrets) << "keychain available";
        else
            qCWarning(lcSecrets) << "keychain NOT available:" << m_keychainError
                                 << (m_index.insecureStorageAllowed() ? "(file storage opted in)"
                                                                      : "(tokens cannot be stored)");
        Q_EMIT availabilityChecked(available);
        Q_EMIT statusChanged();
        const auto waiting = std::exchange(m_waiting, {});
        for (const auto &request : waiting)
            request();
    });
    m_probe->start();
}

bool CredentialStore::setInsecureStorageAllowed(bool allowed, QString *error) {
    if (!m_index.setInsecureStorageAllowed(allowed, error))
        return false;
    if (allowed)
        qCWarning(lcSecrets) << "the rep allowed storing tokens in a plain file:" << m_file.filePath();
    Q_EMIT statusChanged();
    return true;
}

CredentialLocation CredentialStore::activeLocation() const {
    if (m_keychainAvailable)
        return CredentialLocation::Keychain;
    if (m_checked && m_index.insecureStorageAllowed() && !m_file.filePath().isEmpty())
        return CredentialLocation::InsecureFile;
    return CredentialLocation::None;
}

CredentialLocation CredentialStore::locationOf(Service service) const {
    // A token saved in the opt-in file stays readable (and removable) there even after a keychain
    // appears; the next save moves it into the keychain.
    if (m_index.status(service).location == CredentialLocation::InsecureFile && !m_file.filePath().isEmpty())
        return CredentialLocation::InsecureFile;
    return activeLocation();
}

void CredentialStore::whenChecked(std::function<void()> request) {
    if (m_checked) {
        request();
        return;
    }
    m_waiting.append(std::move(request));
    start();
}

bool CredentialStore::keyFor(Service service, QString *key) {
    QString error;
    const QString ns = m_index.keyNamespace(&error);
    if (ns.isEmpty()) {
        qCWarning(lcSecrets) << "credential namespace unavailable:" << error;
        return false;
    }
    *key = QStringLiteral("%1/%2").arg(ns, serviceKey(service));
    return true;
}

void CredentialStore::finish(Operation operation, Service service, CredentialError error,
                             const QString &detail, const QString &token) {
    if (error != CredentialError::None && error != CredentialError::NotFound)
        qCWarning(lcSecrets) << "credential operation failed for" << serviceKey(service) << ":"
                             << describe(error) << detail;
    switch (operation) {
    case Operation::Read:
        Q_EMIT readFinished(service, token, error, detail);
        break;
    case Operation::Write:
        Q_EMIT writeFinished(service, error, detail);
        break;
    case Operation::Remove:
        Q_EMIT removeFinished(service, error, detail);
        break;
    }
}

void CredentialStore::finishLater(Operation operation, Service service, CredentialError error,
                                  const QString &detail) {
    // Keep the promise that results arrive asynchronously, even for early refusals.
    QTimer::singleShot(
        0, this, [this, operation, service, error, detail] { finish(operation, service, error, detail); });
}

void CredentialStore::read(Service service) {
    whenChecked([this, service] {
        QString key;
        if (!keyFor(service, &key))
            return finishLater(Operation::Read, service, CredentialError::IndexFailed);
        switch (locationOf(service)) {
        case CredentialLocation::Keychain:
            return readFromKeychain(service, key);
        case CredentialLocation::InsecureFile:
            return runFileOperation(Operation::Read, service, key, {});
        case CredentialLocation::None:
            return finishLater(Operation::Read, service, CredentialError::KeychainUnavailable,
                               m_keychainError);
        }
    });
}

void CredentialStore::write(Service service, const QString &token) {
    if (!isAcceptableToken(token))
        return finishLater(Operation::Write, service, CredentialError::InvalidToken);
    logging::registerSecret(token);
    whenChecked([this, service, token] {
        QString key;
        if (!keyFor(service, &key))
            return finishLater(Operation::Write, service, CredentialError::IndexFailed);
        switch (activeLocation()) {
        case CredentialLocation::Keychain:
            return writeToKeychain(service, key, token);
        case CredentialLocation::InsecureFile:
            return runFileOperation(Operation::Write, service, key, token);
        case CredentialLocation::None:
            return finishLater(Operation::Write, service, CredentialError::KeychainUnavailable,
                               m_keychainError);
        }
    });
}

void CredentialStore::remove(Service service) {
    whenChecked([this, service] {
        QString key;
        if (!keyFor(service, &key))
            return finishLater(Operation::Remove, service, CredentialError::IndexFailed);
        switch (locationOf(service)) {
        case CredentialLocation::Keychain:
            return removeFromKeychain(service, key);
        case CredentialLocation::InsecureFile:
            return runFileOperation(Operation::Remove, service, key, {});
        case CredentialLocation::None:
            return finishLater(Operation::Remove, service, CredentialError::KeychainUnavailable,
                               m_keychainError);
        }
    });
}

void CredentialStore::readFromKeychain(Service service, const QString &key) {
    auto *job = new QKeychain::ReadPasswordJob(m_options.keychainService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this,
            [this, service, job] { onKeychainJobFinished(Operation::Read, service, job, job->textData()); });
    job->start();
}

void CredentialStore::writeToKeychain(Service service, const QString &key, const QString &token) {
    auto *job = new QKeychain::WritePasswordJob(m_options.keychainService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [this, service, key, job] {
        if (job->error() == QKeychain::NoError &&
            m_index.status(service).location == CredentialLocation::InsecureFile) {
            // Now safely in the keychain: take the plain copy out of the file.
            QString error;
            if (!m_file.remove(key, &error))
                qCWarning(lcSecrets) << "could not remove the plain-file copy:" << error;
        }
        onKeychainJobFinished(Operation::Write, service, job, {});
    });
    job->start();
}

void CredentialStore::removeFromKeychain(Service service, const QString &key) {
    auto *job = new QKeychain::DeletePasswordJob(m_options.keychainService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this,
            [this, service, job] { onKeychainJobFinished(Operation::Remove, service, job, {}); });
    job->start();
}

void CredentialStore::onKeychainJobFinished(Operation operation, Service service, QKeychain::Job *job,
                                            const QString &token) {
    CredentialError error = fromKeychainError(job->error());
    const QString detail = error == CredentialError::BackendFailure ? job->errorString() : QString();
    QString indexError;
    bool indexOk = true;
    if (operation == Operation::Read) {
        if (error == CredentialError::None) {
            logging::registerSecret(token);
            if (!m_index.status(service).isStored())
                indexOk = m_index.markStored(service, CredentialLocation::Keychain, &indexError);
        } else if (error == CredentialError::NotFound && m_index.status(service).isStored()) {
            // Someone removed the entry outside Prospector: make the index tell the truth.
            indexOk = m_index.markCleared(service, &indexError);
        }
    } else if (operation == Operation::Write && error == CredentialError::None) {
        indexOk = m_index.markStored(service, CredentialLocation::Keychain, &indexError);
    } else if (operation == Operation::Remove &&
               (error == CredentialError::None || error == CredentialError::NotFound)) {
        error = CredentialError::None; // removing what is not there is not a failure
        indexOk = m_index.markCleared(service, &indexError);
    }
    if (!indexOk) {
        qCWarning(lcSecrets) << "credential index update failed:" << indexError;
        if (operation != Operation::Read)
            error = CredentialError::IndexFailed;
    }
    if (operation != Operation::Read || indexOk)
        Q_EMIT statusChanged();
    finish(operation, service, error, detail, error == CredentialError::None ? token : QString());
}

void CredentialStore::runFileOperation(Operation operation, Service service, const QString &key,
                                       const QString &token) {
    QString error;
    QString read;
    bool ok = false;
    switch (operation) {
    case Operation::Read: {
        const std::optional<QString> value = m_file.read(key, &error);
        ok = value.has_value();
        read = value.value_or(QString());
        break;
    }
    case Operation::Write:
        ok = m_file.write(key, token, &error) &&
             m_index.markStored(service, CredentialLocation::InsecureFile, &error);
        break;
    case Operation::Remove:
        ok = m_file.remove(key, &error) && m_index.markCleared(service, &error);
        break;
    }
    CredentialError result = ok ? CredentialError::None : CredentialError::BackendFailure;
    if (ok && operation == Operation::Read) {
        if (read.isEmpty())
            result = CredentialError::NotFound;
        else
            logging::registerSecret(read);
    }
    if (operation != Operation::Read)
        Q_EMIT statusChanged();
    QTimer::singleShot(0, this, [this, operation, service, result, error, read] {
        finish(operation, service, result, error, read);
    });
}

} // namespace prospector::secrets
