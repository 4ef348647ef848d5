#pragma once

#include "integrations/services.h"
#include "secrets/credentialerror.h"
#include "singletonprovider.h"

#include <QAbstractListModel>
#include <QMap>
#include <QQmlEngine>

namespace prospector::secrets {
class CredentialStore;
}
namespace prospector::integrations {
class ServiceSettings;
class ConnectionTester;
} // namespace prospector::integrations

namespace prospector::ui {

// The "Services" part of the Settings page: one row per service with what the non-secret index
// says (stored / not set — never the token), the advanced settings, and the last action's or
// connection test's result. Tokens only pass through on their way into the keychain or a test.
class CredentialSettingsModel : public QAbstractListModel, public SingletonProvider<CredentialSettingsModel> {
    Q_OBJECT
    QML_NAMED_ELEMENT(CredentialSettings)
    QML_SINGLETON
    Q_PROPERTY(bool checked READ checked NOTIFY keychainChanged)
    Q_PROPERTY(bool keychainAvailable READ keychainAvailable NOTIFY keychainChanged)
    Q_PROPERTY(QString keychainError READ keychainError NOTIFY keychainChanged)
    Q_PROPERTY(bool insecureStorageAllowed READ insecureStorageAllowed NOTIFY keychainChanged)
    Q_PROPERTY(QString insecureFilePath READ insecureFilePath CONSTANT)

public:
    enum Role {
        ServiceKeyRole = Qt::UserRole + 1,
        NameRole,
        StoredRole,
        StatusTextRole,
        BaseUrlRole,
        DefaultBaseUrlRole,
        RateLimitRole,
        DefaultRateLimitRole,
        RateWindowSecondsRole,
        BusyRole,
        MessageRole,
        MessageIsErrorRole,
        TestOutcomeRole,
        TestMessageRole,
    };
    Q_ENUM(Role)

    CredentialSettingsModel(secrets::CredentialStore &store, integrations::ServiceSettings &settings,
                            integrations::ConnectionTester &tester, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool checked() const;
    bool keychainAvailable() const;
    QString keychainError() const;
    bool insecureStorageAllowed() const;
    QString insecureFilePath() const;

    Q_INVOKABLE void saveToken(const QString &serviceKey, const QString &token);
    Q_INVOKABLE void clearToken(const QString &serviceKey);
    // An empty token tests the stored one.
    Q_INVOKABLE void testConnection(const QString &serviceKey, const QString &token = {});
    // Both return an empty string on success, else the reason (the value is not saved then).
    Q_INVOKABLE QString setBaseUrl(const QString &serviceKey, const QString &url);
    Q_INVOKABLE QString setRateLimit(const QString &serviceKey, int requestsPerWindow);
    Q_INVOKABLE QString setInsecureStorageAllowed(bool allowed);

Q_SIGNALS:
    void keychainChanged();

private:
    struct RowState {
        bool busy = false;
        QString message;
        bool messageIsError = false;
        QString testOutcome;
        QString testMessage;
    };

    int rowOf(integrations::Service service) const;
    void refresh(integrations::Service service);
    void refreshAll();
    void finishAction(integrations::Service service, secrets::CredentialError error, const QString &done);

    secrets::CredentialStore &m_store;
    integrations::ServiceSettings &m_settings;
    integrations::ConnectionTester &m_tester;
    QMap<integrations::Service, RowState> m_state;
};

} // namespace prospector::ui
