#include "sync/servicehttpclients.h"

#include "integrations/servicesettings.h"
#include "net/clock.h"
#include "net/serviceconnection.h"
#include "net/serviceendpoint.h"
#include "storage/settingsrepository.h"

#include <QNetworkAccessManager>

namespace prospector::sync {

ServiceHttpClients::ServiceHttpClients(const storage::Database &database, TokenProvider tokens)
    : ServiceHttpClients(database, std::move(tokens), Options{}) {}

ServiceHttpClients::ServiceHttpClients(const storage::Database &database, TokenProvider tokens,
                                       Options options)
    : m_database(database)
    , m_tokens(std::move(tokens))
    , m_options(std::move(options))
    , m_network(std::make_unique<QNetworkAccessManager>()) {}

ServiceHttpClients::~ServiceHttpClients() {
    m_connections.clear(); // before the network manager their replies belong to
}

net::ServiceConnection *ServiceHttpClients::connection(net::Service service) {
    for (const auto &existing : m_connections)
        if (existing->service() == service)
            return existing.get();
    storage::SettingsRepository settingsRepository(m_database);
    const integrations::ServiceSettings settings(settingsRepository);
    net::ServiceEndpoint endpoint{service, settings.baseUrl(service), [tokens = m_tokens, service] {
                                      return tokens ? tokens(service) : QString();
                                  }};
    net::ServiceConnection::Options options = net::ServiceConnection::defaultOptions(service);
    options.limit = settings.rateLimit(service);
    options.breaker = m_options.breaker;
    if (m_options.retry)
        options.retry = *m_options.retry;
    auto connection = std::make_unique<net::ServiceConnection>(endpoint, options, m_network.get(),
                                                               net::SystemClock::instance());
    connection->http()->setTimeoutCapMs(m_options.timeoutCapMs);
    m_connections.push_back(std::move(connection));
    return m_connections.back().get();
}

net::HttpClient *ServiceHttpClients::client(net::Service service) {
    return connection(service)->http();
}

} // namespace prospector::sync
