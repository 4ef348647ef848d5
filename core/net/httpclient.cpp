#include "net/httpclient.h"

#include "common/version.h"
#include "logging/redaction.h"
#include "net/circuitbreaker.h"
#include "net/errorclassifier.h"
#include "net/netlogging.h"
#include "net/ratelimiter.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#include <QSslSocket>
#endif

namespace prospector::net {

using logging::redact;

namespace {
constexpr qsizetype kLoggedBodyBytes = 2000;

QString bodyPreview(const QByteArray &body) {
    QString text = QString::fromUtf8(body.left(kLoggedBodyBytes));
    if (body.size() > kLoggedBodyBytes)
        text += QStringLiteral("…(%1 bytes)").arg(body.size());
    return redact(text);
}
} // namespace

struct HttpClient::Call {
    HttpRequest request;
    QPointer<QObject> context;
    bool hasContext = false;
    Handler handler;
    int attempt = 0;
    qint64 attemptStartedAt = 0;
    QPointer<QNetworkReply> reply;
    bool timedOut = false;
    bool cancelled = false;
    bool done = false;
    QPointer<RateLimiter> slotLimiter; // holds a ticket while the attempt is in flight
    quint64 slotTicket = 0;

    void releaseSlot() {
        if (slotLimiter && slotTicket)
            slotLimiter->release(slotTicket);
        slotLimiter = nullptr;
        slotTicket = 0;
    }
    bool abandoned() const { return hasContext && context.isNull(); }
};

HttpClient::HttpClient(ServiceEndpoint endpoint, QNetworkAccessManager *network, Clock *clock,
                       QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_network(network)
    , m_clock(clock) {}

HttpClient::~HttpClient() {
    // Replies belong to the network manager; make sure none calls back into a dead client.
    for (const auto &call : std::as_const(m_calls)) {
        call->done = true;
        call->releaseSlot();
        if (call->reply) {
            call->reply->disconnect(this);
            call->reply->abort();
        }
    }
}

void HttpClient::setRateLimiter(const QString &bucket, RateLimiter *limiter) {
    m_limiters.insert(bucket, limiter);
}

void HttpClient::setCircuitBreaker(CircuitBreaker *breaker) {
    m_breaker = breaker;
}

void HttpClient::setRetryPolicy(RetryPolicy policy) {
    m_retry = std::move(policy);
}

void HttpClient::setBaseUrl(const QUrl &baseUrl) {
    m_endpoint.baseUrl = baseUrl;
}

RateLimiter *HttpClient::limiterFor(const QString &bucket) const {
    if (RateLimiter *limiter = m_limiters.value(bucket))
        return limiter;
    return m_limiters.value(QStringLiteral("default"));
}

QUrl HttpClient::resolve(const HttpRequest &request) const {
    QUrl url = m_endpoint.baseUrl;
    QString basePath = url.path(QUrl::FullyEncoded);
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    QString path = request.path;
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    url.setPath(basePath + path, QUrl::StrictMode);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}

void HttpClient::send(const HttpRequest &request, QObject *context, Handler handler) {
    auto call = std::make_shared<Call>();
    call->request = request;
    call->context = context;
    call->hasContext = context != nullptr;
    call->handler = std::move(handler);
    m_calls.append(call);
    start(call);
}

void HttpClient::cancelAll() {
    const auto calls = m_calls;
    for (const auto &call : calls) {
        call->cancelled = true;
        if (call->reply)
            call->reply->abort(); // finishes synchronously -> onReplyFinished -> Cancelled
        else
            deliverLater(call, ApiError::make(ApiErrorKind::Cancelled, m_endpoint.service));
    }
}

void HttpClient::start(const std::shared_ptr<Call> &call) {
    if (call->done)
        return;
    if (call->abandoned()) {
        deliver(call, {});
        return;
    }
    if (!isAllowedBaseUrl(m_endpoint.baseUrl)) {
        deliverLater(call, ApiError::make(ApiErrorKind::Network, m_endpoint.service,
                                          QStringLiteral("refusing insecure or invalid base URL")));
        return;
    }
    // Fail fast while the breaker is open instead of queueing behind the rate limiter; the
    // binding check (which may take the half-open probe) happens right before sending.
    if (m_breaker && !m_breaker->wouldAllow()) {
        failCircuitOpen(call);
        return;
    }
    if (RateLimiter *limiter = limiterFor(call->request.rateBucket))
        limiter->acquireTicket(this, [this, call, limiter](quint64 ticket) {
            call->slotLimiter = limiter;
            call->slotTicket = ticket;
            transmit(call);
        });
    else
        transmit(call);
}

void HttpClient::transmit(const std::shared_ptr<Call> &call) {
    if (call->done) {
        call->releaseSlot();
        return;
    }
    if (call->abandoned() || call->cancelled) {
        call->releaseSlot();
        deliverLater(call, ApiError::make(ApiErrorKind::Cancelled, m_endpoint.service));
        return;
    }
    if (m_breaker && !m_breaker->tryAcquire()) {
        call->releaseSlot();
        failCircuitOpen(call);
        return;
    }
    ++call->attempt;
    const HttpRequest &r = call->request;
    const int timeoutMs = m_timeoutCapMs > 0 ? std::min(r.timeoutMs, m_timeoutCapMs) : r.timeoutMs;
    QNetworkRequest request(resolve(r));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArray(QByteArray(kApplicationName) + '/' + QByteArray(kVersion)));
    if (!r.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // The APIs never redirect; following one could hand the token to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(timeoutMs);
#if QT_CONFIG(ssl)
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    request.setSslConfiguration(tls);
#endif
    const QString token = m_endpoint.tokenProvider ? m_endpoint.tokenProvider() : QString();
    logging::registerSecret(token);
    applyAuthentication(m_endpoint.service, token, request);

    qCDebug(lcNetHttp).noquote() << r.operation << "attempt" << call->attempt << QString::fromLatin1(r.method)
                                 << redact(QUrl::fromPercentEncoding(request.url().toEncoded()))
                                 << bodyPreview(r.body);

    QNetworkReply *reply = nullptr;
    if (r.method == "GET")
        reply = m_network->get(request);
    else if (r.method == "DELETE")
        reply = m_network->deleteResource(request);
    else if (r.method == "POST")
        reply = m_network->post(request, r.body);
    else if (r.method == "PUT")
        reply = m_network->put(request, r.body);
    else
        reply = m_network->sendCustomRequest(request, r.method, r.body);
    call->reply = reply;
    call->timedOut = false;
    call->attemptStartedAt = m_clock->nowMs();
    connect(reply, &QNetworkReply::finished, this, [this, call] { onReplyFinished(call); });
    // Our own deadline on the injected clock: covers slow trickles that Qt's inactivity-based
    // transfer timeout would let through, and lets tests time out without waiting.
    m_clock->callAfter(timeoutMs, reply, [call] {
        if (call->reply && call->reply->isRunning()) {
            call->timedOut = true;
            call->reply->abort();
        }
    });
}

void HttpClient::onReplyFinished(const std::shared_ptr<Call> &call) {
    QNetworkReply *reply = call->reply;
    if (!reply || call->done)
        return;
    call->reply = nullptr;
    reply->deleteLater();

    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &pair : reply->rawHeaderPairs())
        response.headers.insert(pair.first.toLower(), pair.second);
    response.body = reply->readAll();

    if (call->cancelled) {
        response.error = ApiError::make(ApiErrorKind::Cancelled, m_endpoint.service);
    } else if (const QByteArray length = response.headers.value("content-length");
               !call->timedOut && ((reply->error() > QNetworkReply::NoError &&
                                    reply->error() < QNetworkReply::ProxyConnectionRefusedError) ||
                                   (!length.isEmpty() && length.toLongLong() > response.body.size()))) {
        // Connection-level failure (1..99), even after a status line arrived: a reset or a body
        // cut short. Transient, unlike a complete body that fails to parse.
        response.error = classifyNetworkError(
            m_endpoint.service,
            reply->error() == QNetworkReply::NoError ? QNetworkReply::RemoteHostClosedError : reply->error(),
            reply->errorString(), false);
        response.error.httpStatus = response.status;
        response.error.detail += QStringLiteral(" (body %1 of %2 bytes)")
                                     .arg(response.body.size())
                                     .arg(QString::fromLatin1(length));
    } else if (response.status > 0 && !call->timedOut) {
        response.error =
            classifyHttpStatus(m_endpoint.service, response.status, response.body, response.headers);
    } else {
        response.error =
            classifyNetworkError(m_endpoint.service, reply->error(), reply->errorString(), call->timedOut);
    }
    afterAttempt(call, std::move(response));
}

void HttpClient::afterAttempt(const std::shared_ptr<Call> &call, HttpResponse response) {
    const ApiError &error = response.error;
    const qint64 elapsed = m_clock->nowMs() - call->attemptStartedAt;
    response.attempts = call->attempt;
    response.error.service = m_endpoint.service;

    if (RateLimiter *limiter = limiterFor(call->request.rateBucket)) {
        limiter->observe(response.status, response.headers, call->attemptStartedAt);
        if (error.kind == ApiErrorKind::RateLimited && error.retryAfterMs > 0)
            limiter->pauseFor(error.retryAfterMs);
    }
    call->releaseSlot();
    if (m_breaker) {
        // Only signs of an unhealthy service count against it; a 4xx proves it is up.
        const bool unhealthy = error.kind == ApiErrorKind::Network || error.kind == ApiErrorKind::Timeout ||
                               error.kind == ApiErrorKind::Server;
        if (error.kind == ApiErrorKind::Cancelled)
            m_breaker->releaseProbe();
        else if (unhealthy)
            m_breaker->recordFailure();
        else
            m_breaker->recordSuccess();
    }

    Q_EMIT attemptFinished(call->request.operation, response.status, apiErrorKindName(error.kind), elapsed);
    if (error.isOk()) {
        qCDebug(lcNetHttp).noquote() << call->request.operation << "->" << response.status << elapsed << "ms"
                                     << bodyPreview(response.body);
        deliver(call, std::move(response));
        return;
    }
    qCInfo(lcNetHttp).noquote() << call->request.operation << "attempt" << call->attempt
                                << "failed:" << redact(error.toLogString()) << bodyPreview(response.body);

    const int maxAttempts =
        call->request.maxAttempts > 0 ? call->request.maxAttempts : m_retry.settings().maxAttempts;
    if (!call->cancelled && !call->abandoned() && call->attempt < maxAttempts &&
        m_retry.shouldRetry(error, call->attempt, call->request.idempotent)) {
        const qint64 delay = m_retry.delayMs(error, call->attempt);
        qCInfo(lcNetRetry).noquote() << call->request.operation << "retrying in" << delay << "ms";
        m_clock->callAfter(delay, this, [this, call] { start(call); });
        return;
    }
    deliver(call, std::move(response));
}

void HttpClient::failCircuitOpen(const std::shared_ptr<Call> &call) {
    ApiError error = ApiError::make(ApiErrorKind::CircuitOpen, m_endpoint.service);
    error.retryAfterMs = m_breaker ? m_breaker->msUntilHalfOpen() : -1;
    deliverLater(call, error);
}

void HttpClient::deliverLater(const std::shared_ptr<Call> &call, ApiError error) {
    HttpResponse response;
    error.service = m_endpoint.service;
    response.error = std::move(error);
    response.attempts = call->attempt;
    QTimer::singleShot(0, this, [this, call, response] { deliver(call, response); });
}

void HttpClient::deliver(const std::shared_ptr<Call> &call, HttpResponse response) {
    if (call->done)
        return;
    call->done = true;
    m_calls.removeOne(call);
    if (call->abandoned() || !call->handler)
        return;
    Handler handler = std::move(call->handler);
    handler(response);
}

} // namespace prospector::net
