#pragma once

#include "net/circuitbreaker.h"
#include "net/httpclient.h"
#include "net/ratelimit.h"
#include "net/ratelimiter.h"

#include <QObject>

namespace prospector::net {

// Everything one service needs to be called safely, built once at the composition root and
// shared by every user of that service: its rate limiter(s) (HubSpot also gets a "search"
// bucket), its circuit breaker and the HttpClient wired to both. The three clients are thin
// wrappers over http(). The breaker is exposed for the health panel.
class ServiceConnection final : public QObject {
    Q_OBJECT
public:
    struct Options {
        RateLimit limit;                  // defaults to RateLimit::defaultFor(service)
        CircuitBreaker::Settings breaker; // 5 failures, 30 s open
        RetrySettings retry;
    };

    ServiceConnection(ServiceEndpoint endpoint, QNetworkAccessManager *network, Clock *clock,
                      QObject *parent = nullptr);
    ServiceConnection(ServiceEndpoint endpoint, Options options, QNetworkAccessManager *network, Clock *clock,
                      QObject *parent = nullptr);

    static Options defaultOptions(Service service);

    HttpClient *http() { return &m_http; }
    CircuitBreaker *breaker() { return &m_breaker; }
    RateLimiter *limiter() { return &m_limiter; }
    RateLimiter *searchLimiter() { return &m_searchLimiter; }
    Service service() const { return m_http.service(); }

private:
    RateLimiter m_limiter;
    RateLimiter m_searchLimiter;
    CircuitBreaker m_breaker;
    HttpClient m_http;
};

} // namespace prospector::net
