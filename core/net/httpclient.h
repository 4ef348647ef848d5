#pragma once

#include "net/clock.h"
#include "net/httprequest.h"
#include "net/httpresponse.h"
#include "net/retrypolicy.h"
#include "net/serviceendpoint.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace prospector::net {

class CircuitBreaker;
class RateLimiter;

// The one way Prospector talks HTTP to a service (DESIGN.md practice 6). For each call:
// circuit breaker check -> rate limiter slot -> request with auth, JSON headers, no redirects,
// TLS peer verification and a per-operation deadline -> error mapping -> limiter/breaker
// feedback -> retry with backoff when the policy allows -> handler. Request and response lines
// are logged under prospector.net.http through logging::redact().
//
// Limiters and breaker are optional and not owned (a service shares them across clients).
// Without them every call is sent at once; without setRetryPolicy() the default policy applies.
class HttpClient final : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<void(const HttpResponse &)>;

    HttpClient(ServiceEndpoint endpoint, QNetworkAccessManager *network, Clock *clock,
               QObject *parent = nullptr);
    ~HttpClient() override;

    void setRateLimiter(const QString &bucket, RateLimiter *limiter);
    void setCircuitBreaker(CircuitBreaker *breaker);
    void setRetryPolicy(RetryPolicy policy);
    void setBaseUrl(const QUrl &baseUrl);

    // Sends the request; handler runs exactly once, always asynchronously, on this thread -
    // unless context is destroyed first, in which case the call is abandoned quietly.
    void send(const HttpRequest &request, QObject *context, Handler handler);
    // Aborts everything in flight; handlers receive a Cancelled error.
    void cancelAll();

    Service service() const { return m_endpoint.service; }
    QUrl baseUrl() const { return m_endpoint.baseUrl; }
    QUrl resolve(const HttpRequest &request) const;
    int inFlight() const { return int(m_calls.size()); }

Q_SIGNALS:
    // One per finished attempt, for metrics and the health panel.
    void attemptFinished(const QString &operation, int httpStatus, const QString &errorKind,
                         qint64 elapsedMs);

private:
    struct Call;
    void start(const std::shared_ptr<Call> &call);
    void transmit(const std::shared_ptr<Call> &call);
    void onReplyFinished(const std::shared_ptr<Call> &call);
    void afterAttempt(const std::shared_ptr<Call> &call, HttpResponse response);
    void deliver(const std::shared_ptr<Call> &call, HttpResponse response);
    void deliverLater(const std::shared_ptr<Call> &call, ApiError error);
    RateLimiter *limiterFor(const QString &bucket) const;

    ServiceEndpoint m_endpoint;
    QNetworkAccessManager *m_network;
    Clock *m_clock;
    QHash<QString, QPointer<RateLimiter>> m_limiters;
    QPointer<CircuitBreaker> m_breaker;
    RetryPolicy m_retry;
    QList<std::shared_ptr<Call>> m_calls;
};

} // namespace prospector::net
