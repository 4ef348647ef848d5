#include "credentialsettingsmodel.h"

#include "integrations/connectiontester.h"
#include "integrations/servicesettings.h"
#include "secrets/credentialstore.h"

#include <QDir>
#include <QLocale>

namespace prospector::ui {

using integrations::Service;
using secrets::CredentialError;

CredentialSettingsModel::CredentialSettingsModel(secrets::CredentialStore &store,
                                                 integrations::ServiceSettings &settings,
                                                 integrations::ConnectionTester &tester, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_settings(settings)
    , m_tester(tester) {
    connect(&m_store, &secrets::CredentialStore::availabilityChecked, this,
            &CredentialSettingsModel::keychainChanged);
    connect(&m_store, &secrets::CredentialStore::statusChanged, this, [this] {
        Q_EMIT keychainChanged();
        refreshAll();
    });
    connect(&m_store, &secrets::CredentialStore::writeFinished, this,
            [this](Service service, CredentialError error, const QString &) {
                finishAction(service, error,
                             m_store.status(service).location == secrets::CredentialLocation::InsecureFile
                                 ? tr("Token saved in the plain file.")
                                 : tr("Token saved in the keychain."));
            });
    connect(&m_store, &secrets::CredentialStore::removeFinished, this,
            [this](Service service, CredentialError error, const QString &) {
                finishAction(service, error, tr("Token removed."));
            });
    connect(&m_tester, &integrations::ConnectionTester::finished, this,
            [this](Service service, const QString &outcome, const QString &message) {
                RowState &state = m_state[service];
                state.busy = false;
                state.testOutcome = outcome;
                state.testMessage = message;
                refresh(service);
            });
}

int CredentialSettingsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(integrations::allServices().size());
}

QVariant CredentialSettingsModel::data(const QModelIndex &index, int role) const {
    Q_ASSERT(checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid));
    const Service service = integrations::allServices().at(index.row());
    const RowState state = m_state.value(service);
    switch (static_cast<Role>(role)) {
    case ServiceKeyRole:
        return net::serviceKey(service);
    case NameRole:
        return net::serviceDisplayName(service);
    case StoredRole:
        return m_store.status(service).isStored();
    case StatusTextRole: {
        const secrets::CredentialStatus status = m_store.status(service);
        if (!status.isStored())
            return tr("not set");
        const QString when = QLocale().toString(status.updatedAt.toLocalTime(), QLocale::ShortFormat);
        return status.location == secrets::CredentialLocation::InsecureFile
                   ? tr("stored in a plain file (updated %1)").arg(when)
                   : tr("stored (updated %1)").arg(when);
    }
    case BaseUrlRole:
        return m_settings.baseUrl(service).toString();
    case DefaultBaseUrlRole:
        return integrations::ServiceSettings::defaultBaseUrl(service).toString();
    case RateLimitRole:
        return m_settings.rateLimit(service).maxRequests;
    case DefaultRateLimitRole:
        return net::RateLimit::defaultFor(service).maxRequests;
    case RateWindowSecondsRole:
        return double(m_settings.rateLimit(service).windowMs) / 1000.0;
    case BusyRole:
        return state.busy;
    case MessageRole:
        return state.message;
    case MessageIsErrorRole:
        return state.messageIsError;
    case TestOutcomeRole:
        return state.testOutcome;
    case TestMessageRole:
        return state.testMessage;
    }
    return {};
}

QHash<int, QByteArray> CredentialSettingsModel::roleNames() const {
    return {
        {ServiceKeyRole, "serviceKey"},
        {NameRole, "name"},
        {StoredRole, "stored"},
        {StatusTextRole, "statusText"},
        {BaseUrlRole, "baseUrl"},
        {DefaultBaseUrlRole, "defaultBaseUrl"},
        {RateLimitRole, "rateLimit"},
        {DefaultRateLimitRole, "defaultRateLimit"},
        {RateWindowSecondsRole, "rateWindowSeconds"},
        {BusyRole, "busy"},
        {MessageRole, "message"},
        {MessageIsErrorRole, "messageIsError"},
        {TestOutcomeRole, "testOutcome"},
        {TestMessageRole, "testMessage"},
    };
}

bool CredentialSettingsModel::checked() const {
    return m_store.isChecked();
}

bool CredentialSettingsModel::keychainAvailable() const {
    return m_store.isAvailable();
}

QString CredentialSettingsModel::keychainError() const {
    return m_store.keychainError();
}

bool CredentialSettingsModel::insecureStorageAllowed() const {
    return m_store.insecureStorageAllowed();
}

QString CredentialSettingsModel::insecureFilePath() const {
    return QDir::toNativeSeparators(m_store.insecureFilePath());
}

void CredentialSettingsModel::saveToken(const QString &serviceKey, const QString &token) {
    const auto service = integrations::serviceFromKey(serviceKey);
    if (!service)
        return;
    RowState &state = m_state[*service];
    state.busy = true;
    state.message.clear();
    refresh(*service);
    m_store.write(*service, token.trimmed());
}

void CredentialSettingsModel::clearToken(const QString &serviceKey) {
    const auto service = integrations::serviceFromKey(serviceKey);
    if (!service)
        return;
    RowState &state = m_state[*service];
    state.busy = true;
    state.message.clear();
    refresh(*service);
    m_store.remove(*service);
}

void CredentialSettingsModel::testConnection(const QString &serviceKey, const QString &token) {
    const auto service = integrations::serviceFromKey(serviceKey);
    if (!service)
        return;
    RowState &state = m_state[*service];
    state.busy = true;
    state.testOutcome = QStringLiteral("running");
    state.testMessage = tr("Testing the connection…");
    refresh(*service);
    m_tester.test(*service, token);
}

QString CredentialSettingsModel::setBaseUrl(const QString &serviceKey, const QString &url) {
    const auto service = integrations::serviceFromKey(serviceKey);
    if (!service)
        return tr("Unknown service.");
    QString error;
    const QString trimmed = url.trimmed();
    // The default (or nothing) means "follow the default", so a changed default applies later.
    const bool isDefault =
        trimmed.isEmpty() || QUrl(trimmed) == integrations::ServiceSettings::defaultBaseUrl(*service);
    if (!m_settings.setBaseUrl(*service, isDefault ? QUrl() : QUrl(trimmed, QUrl::StrictMode), &error))
        return error.isEmpty() ? tr("The address could not be saved.") : error;
    refresh(*service);
    return {};
}

QString CredentialSettingsModel::setRateLimit(const QString &serviceKey, int requestsPerWindow) {
    const auto service = integrations::serviceFromKey(serviceKey);
    if (!service)
        return tr("Unknown service.");
    QString error;
    const int value =
        requestsPerWindow == net::RateLimit::defaultFor(*service).maxRequests ? 0 : requestsPerWindow;
    if (!m_settings.setRateLimit(*service, value, &error))
        return error.isEmpty() ? tr("The limit could not be saved.") : error;
    refresh(*service);
    return {};
}

QString CredentialSettingsModel::setInsecureStorageAllowed(bool allowed) {
    QString error;
    if (!m_store.setInsecureStorageAllowed(allowed, &error))
        return error.isEmpty() ? tr("The choice could not be saved.") : error;
    return {};
}

int CredentialSettingsModel::rowOf(Service service) const {
    return int(integrations::allServices().indexOf(service));
}

void CredentialSettingsModel::refresh(Service service) {
    const QModelIndex changed = index(rowOf(service));
    Q_EMIT dataChanged(changed, changed);
}

void CredentialSettingsModel::refreshAll() {
    Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

void CredentialSettingsModel::finishAction(Service service, CredentialError error, const QString &done) {
    RowState &state = m_state[service];
    state.busy = false;
    state.messageIsError = error != CredentialError::None;
    state.message = state.messageIsError ? secrets::describe(error) : done;
    refresh(service);
}

} // namespace prospector::ui
