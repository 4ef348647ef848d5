#include "net/serviceconnection.h"

namespace prospector::net {

ServiceConnection::Options ServiceConnection::defaultOptions(Service service) {
    Options options;
    options.limit = RateLimit::defaultFor(service);
    return options;
}

ServiceConnection::ServiceConnection(ServiceEndpoint endpoint, QNetworkAccessManager *network, Clock *clock,
                                     QObject *parent)
    : ServiceConnection(endpoint, defaultOptions(endpoint.service), network, clock, parent) {}

ServiceConnection::ServiceConnection(ServiceEndpoint endpoint, Options options,
                                     QNetworkAccessManager *network, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_limiter(serviceKey(endpoint.service), options.limit, clock)
    , m_searchLimiter(serviceKey(endpoint.service) + QStringLiteral(".search"), RateLimit::hubSpotSearch(),
                      clock)
    , m_breaker(serviceKey(endpoint.service), options.breaker, clock)
    , m_http(std::move(endpoint), network, clock) {
    m_http.setRateLimiter(QStringLiteral("default"), &m_limiter);
    // Only HubSpot has a separately limited endpoint family (CRM search, 5 / s).
    if (m_http.service() == Service::HubSpot)
        m_http.setRateLimiter(QStringLiteral("search"), &m_searchLimiter);
    m_http.setCircuitBreaker(&m_breaker);
    m_http.setRetryPolicy(RetryPolicy(options.retry));
}

} // namespace prospector::net
