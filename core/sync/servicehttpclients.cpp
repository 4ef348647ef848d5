#include "sync/servicehttpclients.h"

#include "integrations/servicesettings.h"
#include "net/clock.h"
#include "net/httpclient.h"
#include "net/ratelimit.h"
#include "net/ratelimiter.h"
#include "net/serviceendpoint.h"
#include "storage/settingsrepository.h"

#include <QNetworkAccessManager>

namespace prospector::sync {

ServiceHttpClients::ServiceHttpClients(const storage::Database &database, TokenProvider tokens)
    : m_database(database)
    , m_tokens(std::move(tokens))
    , m_network(std::make_unique<QNetworkAccessManager>()) {}

ServiceHttpClients::~ServiceHttpClients() {
    m_clients.clear(); // before the limiters they point to
}

net::HttpClient *ServiceHttpClients::client(net::Service service) {
    for (const auto &[existing, client] : m_clients)
        if (existing == service)
            return client.get();
    storage::SettingsRepository settingsRepository(m_database);
    const integrations::ServiceSettings settings(settingsRepository);
    net::ServiceEndpoint endpoint{service, settings.baseUrl(service), [tokens = m_tokens, service] {
                                      return tokens ? tokens(service) : QString();
                                  }};
    auto http = std::make_unique<net::HttpClient>(endpoint, m_network.get(), net::SystemClock::instance());
    auto limiter = std::make_unique<net::RateLimiter>(net::serviceKey(service), settings.rateLimit(service),
                                                      net::SystemClock::instance());
    http->setRateLimiter(QStringLiteral("default"), limiter.get());
    m_limiters.push_back(std::move(limiter));
    if (service == net::Service::HubSpot) {
        auto search = std::make_unique<net::RateLimiter>(
            QStringLiteral("hubspot-search"), net::RateLimit::hubSpotSearch(), net::SystemClock::instance());
        http->setRateLimiter(QStringLiteral("search"), search.get());
        m_limiters.push_back(std::move(search));
    }
    m_clients.emplace_back(service, std::move(http));
    return m_clients.back().second.get();
}

} // namespace prospector::sync
