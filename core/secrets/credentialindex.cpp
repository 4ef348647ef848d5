#include "secrets/credentialindex.h"

#include "storage/settingsrepository.h"

#include <QUuid>

namespace prospector::secrets {
namespace {

using integrations::Service;

QString locationKey(Service service) {
    return QStringLiteral("credentials.%1.location").arg(net::serviceKey(service));
}

QString updatedKey(Service service) {
    return QStringLiteral("credentials.%1.updated_at").arg(net::serviceKey(service));
}

const QString kInsecureAllowedKey = QStringLiteral("credentials.insecure_storage_allowed");
const QString kNamespaceKey = QStringLiteral("credentials.namespace");

} // namespace

QString locationId(CredentialLocation location) {
    switch (location) {
    case CredentialLocation::None:
        return QStringLiteral("none");
    case CredentialLocation::Keychain:
        return QStringLiteral("keychain");
    case CredentialLocation::InsecureFile:
        return QStringLiteral("file");
    }
    Q_UNREACHABLE();
}

CredentialIndex::CredentialIndex(storage::SettingsRepository &settings)
    : m_settings(settings) {}

CredentialStatus CredentialIndex::status(Service service) const {
    CredentialStatus status;
    const QString location = m_settings.value(locationKey(service));
    if (location == locationId(CredentialLocation::Keychain))
        status.location = CredentialLocation::Keychain;
    else if (location == locationId(CredentialLocation::InsecureFile))
        status.location = CredentialLocation::InsecureFile;
    if (status.isStored())
        status.updatedAt = QDateTime::fromString(m_settings.value(updatedKey(service)), Qt::ISODateWithMs);
    return status;
}

bool CredentialIndex::markStored(Service service, CredentialLocation location, QString *error) {
    return m_settings.setValue(locationKey(service), locationId(location), error) &&
           m_settings.setValue(updatedKey(service),
                               QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), error);
}

bool CredentialIndex::markCleared(Service service, QString *error) {
    return m_settings.remove(locationKey(service), error) && m_settings.remove(updatedKey(service), error);
}

bool CredentialIndex::insecureStorageAllowed() const {
    return m_settings.value(kInsecureAllowedKey) == QLatin1String("1");
}

bool CredentialIndex::setInsecureStorageAllowed(bool allowed, QString *error) {
    return allowed ? m_settings.setValue(kInsecureAllowedKey, QStringLiteral("1"), error)
                   : m_settings.remove(kInsecureAllowedKey, error);
}

QString CredentialIndex::keyNamespace(QString *error) {
    using Lookup = storage::SettingsRepository::Lookup;
    QString id;
    switch (m_settings.lookup(kNamespaceKey, &id, error)) {
    case Lookup::Found:
        return id;
    case Lookup::Failed:
        // Never invent a new namespace on a read error: that would orphan every stored token.
        return {};
    case Lookup::Missing:
        break;
    }
    // Another process (CLI and window) may create it at the same moment: the first one wins.
    if (!m_settings.insertIfAbsent(kNamespaceKey, QUuid::createUuid().toString(QUuid::WithoutBraces),
                                   error) ||
        m_settings.lookup(kNamespaceKey, &id, error) != Lookup::Found)
        return {};
    return id;
}

} // namespace prospector::secrets
