#pragma once

#include "integrations/services.h"

#include <QObject>
#include <QString>

class QNetworkAccessManager;

namespace prospector::net {
class Clock;
}
namespace prospector::secrets {
class CredentialStore;
}

namespace prospector::integrations {

class ServiceSettings;

// "Test connection": one authenticated request (net::ConnectionCheck) to the service's configured
// base URL, with either the token the rep just typed or the one in the keychain. The result is a
// machine-readable outcome plus one translated sentence per failure kind.
class ConnectionTester : public QObject {
    Q_OBJECT
public:
    // Outcomes besides net::apiErrorKindName() ("ok", "auth", "network", …).
    static QString missingTokenOutcome() { return QStringLiteral("missing_token"); }
    static QString keychainOutcome() { return QStringLiteral("keychain"); }

    ConnectionTester(secrets::CredentialStore &store, const ServiceSettings &settings,
                     QNetworkAccessManager *network, net::Clock *clock, QObject *parent = nullptr);

    // An empty token means "use the stored one". Ends with exactly one finished().
    void test(Service service, const QString &token = {});

Q_SIGNALS:
    void finished(prospector::net::Service service, const QString &outcome, const QString &message);

private:
    void testWithToken(Service service, const QString &token);

    secrets::CredentialStore &m_store;
    const ServiceSettings &m_settings;
    QNetworkAccessManager *m_network;
    net::Clock *m_clock;
};

} // namespace prospector::integrations
