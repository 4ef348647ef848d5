#include "integrations/connectiontester.h"

#include "integrations/servicesettings.h"
#include "logging/redaction.h"
#include "net/connectioncheck.h"
#include "net/httpclient.h"
#include "secrets/credentialstore.h"

#include <QCoreApplication>

namespace prospector::integrations {

using secrets::CredentialError;

ConnectionTester::ConnectionTester(secrets::CredentialStore &store, const ServiceSettings &settings,
                                   QNetworkAccessManager *network, net::Clock *clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(settings)
    , m_network(network)
    , m_clock(clock) {}

void ConnectionTester::test(Service service, const QString &token) {
    if (!token.trimmed().isEmpty()) {
        testWithToken(service, token.trimmed());
        return;
    }
    // One-shot: the connection removes itself once this service's read has answered.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection =
        connect(&m_store, &secrets::CredentialStore::readFinished, this,
                [this, service, connection](Service readService, const QString &stored, CredentialError error,
                                            const QString &) {
                    if (readService != service)
                        return;
                    disconnect(*connection);
                    if (error == CredentialError::None) {
                        testWithToken(service, stored);
                    } else if (error == CredentialError::NotFound) {
                        Q_EMIT finished(service, missingTokenOutcome(),
                                        QCoreApplication::translate("ConnectionTester",
                                                                    "No %1 token is stored. Enter one first.")
                                            .arg(net::serviceDisplayName(service)));
                    } else {
                        Q_EMIT finished(service, keychainOutcome(), secrets::describe(error));
                    }
                });
    m_store.read(service);
}

void ConnectionTester::testWithToken(Service service, const QString &token) {
    // A typed token may never have been through the store: mask it in logs from now on.
    logging::registerSecret(token);
    net::ServiceEndpoint endpoint;
    endpoint.service = service;
    endpoint.baseUrl = m_settings.baseUrl(service);
    endpoint.tokenProvider = [token] {
        return token;
    };
    // A fresh client per test: no shared limiter or breaker state, and nothing kept afterwards.
    auto *client = new net::HttpClient(endpoint, m_network, m_clock, this);
    net::ConnectionCheck::run(*client, this, [this, service, client](const net::ApiError &result) {
        client->deleteLater();
        Q_EMIT finished(service, net::apiErrorKindName(result.kind), result.userMessage());
    });
}

} // namespace prospector::integrations
