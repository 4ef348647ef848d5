#include "fakenetwork.h"
#include "logging/redaction.h"
#include "net/circuitbreaker.h"
#include "net/connectioncheck.h"
#include "net/httpclient.h"
#include "net/ratelimiter.h"

#include <QtTest>

using namespace prospector::net;
using prospector::test::FakeNetwork;
using prospector::test::FakeResponse;
using prospector::test::runUntil;

namespace {

const QString kToken = QStringLiteral("pat-na1-11111111-2222-3333-4444-555555555555");

QStringList g_log;
void captureMessages(QtMsgType, const QMessageLogContext &, const QString &msg) {
    g_log.append(msg);
}

struct Harness {
    VirtualClock clock;
    FakeNetwork network;
    HttpClient client;
    explicit Harness(Service service, QUrl base = QUrl(QStringLiteral("https://api.example.test/base")))
        : client(ServiceEndpoint{service, std::move(base),
                                 [] {
                                     return kToken;
                                 }},
                 &network, &clock) {
        client.setRetryPolicy(RetryPolicy(RetrySettings{4, 500, 30000, 120000}, [] { return 0.5; }));
    }
    HttpResponse call(const HttpRequest &request) {
        HttpResponse out;
        bool done = false;
        QObject ctx;
        client.send(request, &ctx, [&](const HttpResponse &r) {
            out = r;
            done = true;
        });
        if (!runUntil(clock, [&] { return done; }))
            qWarning("call did not finish");
        return out;
    }
};

} // namespace

class TestHttpClient : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { prospector::logging::clearRegisteredSecrets(); }

    void attachesAuthPerService() {
        {
            Harness h(Service::HubSpot);
            h.network.enqueue(FakeResponse::json(200, "{}"));
            QVERIFY(h.call(HttpRequest::get(QStringLiteral("/x"))).ok());
            QCOMPARE(h.network.requests.at(0).header("Authorization"), "Bearer " + kToken.toUtf8());
        }
        {
            Harness h(Service::Lemlist);
            h.network.enqueue(FakeResponse::json(200, "{}"));
            QVERIFY(h.call(HttpRequest::get(QStringLiteral("/team"))).ok());
            const QByteArray auth = h.network.requests.at(0).header("Authorization");
            QVERIFY(auth.startsWith("Basic "));
            QCOMPARE(QByteArray::fromBase64(auth.mid(6)),
                     ":" + kToken.toUtf8()); // empty user, key as password
        }
        {
            Harness h(Service::Explorium);
            h.network.enqueue(FakeResponse::json(200, "{}"));
            QVERIFY(h.call(HttpRequest::get(QStringLiteral("/v1/credits"))).ok());
            QCOMPARE(h.network.requests.at(0).header("api_key"), kToken.toUtf8());
            QVERIFY(h.network.requests.at(0).header("Authorization").isEmpty());
        }
    }

    void buildsUrlMethodHeadersAndBody() {
        Harness h(Service::Lemlist, QUrl(QStringLiteral("http://127.0.0.1:8080/api")));
        h.network.enqueue(FakeResponse::json(200, "{}"));
        HttpRequest request =
            HttpRequest::withBody("PATCH", QStringLiteral("campaigns/cam_1/leads/lea_2"), "{\"a\":1}");
        request.query.addQueryItem(QStringLiteral("version"), QStringLiteral("v2"));
        QVERIFY(h.call(request).ok());
        const auto &sent = h.network.requests.at(0);
        QCOMPARE(sent.method, QByteArray("PATCH"));
        QCOMPARE(sent.url.toString(),
                 QStringLiteral("http://127.0.0.1:8080/api/campaigns/cam_1/leads/lea_2?version=v2"));
        QCOMPARE(sent.body, QByteArray("{\"a\":1}"));
        QCOMPARE(sent.request.header(QNetworkRequest::ContentTypeHeader).toString(),
                 QStringLiteral("application/json"));
        QCOMPARE(sent.header("Accept"), QByteArray("application/json"));
        QCOMPARE(sent.request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::ManualRedirectPolicy));
        QCOMPARE(sent.request.transferTimeout(), 30000);
#if QT_CONFIG(ssl)
        QCOMPARE(sent.request.sslConfiguration().peerVerifyMode(), QSslSocket::VerifyPeer);
#endif
    }

    void refusesPlainHttpToRemoteHosts() {
        Harness h(Service::HubSpot, QUrl(QStringLiteral("http://api.hubapi.com")));
        const HttpResponse r = h.call(HttpRequest::get(QStringLiteral("/x")));
        QCOMPARE(r.error.kind, ApiErrorKind::Network);
        QVERIFY(h.network.requests.isEmpty()); // the token never left
    }

    void retriesTransientFailuresThenSucceeds() {
        Harness h(Service::HubSpot);
        h.network.enqueue(FakeResponse::failure(QNetworkReply::RemoteHostClosedError));
        h.network.enqueue(FakeResponse::text(503, "<html>Service Unavailable</html>"));
        h.network.enqueue(FakeResponse::json(200, R"({"ok":true})"));
        const qint64 before = h.clock.nowMs();
        const HttpResponse r = h.call(HttpRequest::get(QStringLiteral("/x")));
        QVERIFY(r.ok());
        QCOMPARE(r.attempts, 3);
        QCOMPARE(h.network.requests.size(), 3);
        // Full jitter pinned at 0.5: 0.5*500 + 0.5*1000.
        QCOMPARE(h.clock.nowMs() - before, qint64(750));
    }

    void neverRetriesOther4xx_data() {
        QTest::addColumn<int>("status");
        for (int status : {400, 401, 403, 404, 409, 422})
            QTest::newRow(QByteArray::number(status).constData()) << status;
    }
    void neverRetriesOther4xx() {
        QFETCH(int, status);
        Harness h(Service::HubSpot);
        h.network.setResponder(
            [status](const auto &) { return FakeResponse::json(status, R"({"message":"no"})"); });
        const HttpResponse r = h.call(HttpRequest::get(QStringLiteral("/x")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error.httpStatus, status);
        QCOMPARE(h.network.requests.size(), 1);
    }

    void honoursRetryAfterOn429() {
        Harness h(Service::Lemlist);
        h.network.enqueue(FakeResponse::text(429, "Too many requests").withHeader("Retry-After", "3"));
        h.network.enqueue(FakeResponse::json(200, "[]"));
        const qint64 before = h.clock.nowMs();
        const HttpResponse r = h.call(HttpRequest::get(QStringLiteral("/campaigns")));
        QVERIFY(r.ok());
        QCOMPARE(h.clock.nowMs() - before, qint64(3000));
    }

    void givesUpAfterMaxAttempts() {
        Harness h(Service::Explorium);
        h.network.setResponder([](const auto &) { return FakeResponse::json(500, R"({"details":"boom"})"); });
        const HttpResponse r = h.call(HttpRequest::get(QStringLiteral("/v1/x")));
        QCOMPARE(r.error.kind, ApiErrorKind::Server);
        QCOMPARE(r.attempts, 4);
        QCOMPARE(h.network.requests.size(), 4);
    }

    void nonIdempotentCallIsNotResentAfterTimeout() {
        Harness h(Service::Lemlist);
        h.network.setResponder([](const auto &) { return FakeResponse::hanging(); });
        HttpRequest request = HttpRequest::withBody("POST", QStringLiteral("/campaigns/c/leads/"), "{}");
        request.idempotent = false;
        request.timeoutMs = 5000;
        const qint64 before = h.clock.nowMs();
        const HttpResponse r = h.call(request);
        QCOMPARE(r.error.kind, ApiErrorKind::Timeout);
        QCOMPARE(h.clock.nowMs() - before, qint64(5000));
        QCOMPARE(h.network.requests.size(), 1);
    }

    void timeoutIsRetriedForIdempotentCalls() {
        Harness h(Service::HubSpot);
        h.network.enqueue(FakeResponse::hanging());
        h.network.enqueue(FakeResponse::json(200, "{}"));
        HttpRequest request = HttpRequest::get(QStringLiteral("/x"));
        request.timeoutMs = 2000;
        const HttpResponse r = h.call(request);
        QVERIFY(r.ok());
        QCOMPARE(r.attempts, 2);
    }

    void rateLimiterGatesSends() {
        Harness h(Service::Lemlist);
        RateLimiter limiter(QStringLiteral("lemlist"), RateLimit{2, 2000, 0}, &h.clock);
        h.client.setRateLimiter(QStringLiteral("default"), &limiter);
        h.network.setResponder([](const auto &) { return FakeResponse::json(200, "{}"); });
        QObject ctx;
        QList<qint64> finished;
        for (int i = 0; i < 5; ++i)
            h.client.send(HttpRequest::get(QStringLiteral("/x")), &ctx,
                          [&](const HttpResponse &) { finished.append(h.clock.nowMs()); });
        QVERIFY(runUntil(h.clock, [&] { return finished.size() == 5; }));
        QCOMPARE(finished, (QList<qint64>{0, 0, 2000, 2000, 4000}));
    }

    void breakerOpensAndFailsFast() {
        Harness h(Service::Explorium);
        CircuitBreaker breaker(QStringLiteral("explorium"), {2, 30000}, &h.clock);
        h.client.setCircuitBreaker(&breaker);
        h.network.setResponder([](const auto &) { return FakeResponse::json(503, "{}"); });
        HttpRequest once = HttpRequest::get(QStringLiteral("/x"));
        once.maxAttempts = 1;
        h.call(once);
        h.call(once);
        QCOMPARE(breaker.state(), CircuitBreaker::State::Open);
        const HttpResponse r = h.call(once);
        QCOMPARE(r.error.kind, ApiErrorKind::CircuitOpen);
        QVERIFY(r.error.retryAfterMs > 0);
        QCOMPARE(h.network.requests.size(), 2);

        // After the open period one probe goes out; its success closes the breaker.
        h.network.setResponder([](const auto &) { return FakeResponse::json(200, "{}"); });
        h.clock.advance(30000);
        QVERIFY(h.call(once).ok());
        QCOMPARE(breaker.state(), CircuitBreaker::State::Closed);
    }

    void fourHundredsDoNotTripTheBreaker() {
        Harness h(Service::HubSpot);
        CircuitBreaker breaker(QStringLiteral("hubspot"), {1, 30000}, &h.clock);
        h.client.setCircuitBreaker(&breaker);
        h.network.setResponder([](const auto &) { return FakeResponse::json(404, "{}"); });
        h.call(HttpRequest::get(QStringLiteral("/x")));
        QCOMPARE(breaker.state(), CircuitBreaker::State::Closed);
    }

    void abandonedWhenContextDies() {
        Harness h(Service::HubSpot);
        h.network.enqueue(FakeResponse::json(200, "{}"));
        bool called = false;
        {
            QObject ctx;
            h.client.send(HttpRequest::get(QStringLiteral("/x")), &ctx,
                          [&](const HttpResponse &) { called = true; });
        }
        runUntil(
            h.clock, [] { return false; }, 1000);
        QVERIFY(!called);
        QCOMPARE(h.client.inFlight(), 0);
    }

    void cancelAllReportsCancelled() {
        Harness h(Service::HubSpot);
        h.network.enqueue(FakeResponse::hanging());
        QObject ctx;
        HttpResponse out;
        bool done = false;
        h.client.send(HttpRequest::get(QStringLiteral("/x")), &ctx, [&](const HttpResponse &r) {
            out = r;
            done = true;
        });
        QCoreApplication::processEvents();
        h.client.cancelAll();
        QVERIFY(runUntil(h.clock, [&] { return done; }));
        QCOMPARE(out.error.kind, ApiErrorKind::Cancelled);
        QCOMPARE(h.network.requests.size(), 1);
    }

    void logsAreRedacted() {
        Harness h(Service::HubSpot);
        h.network.enqueue(FakeResponse::json(
            400, R"({"message":"bad email jane.doe@acme.com","category":"VALIDATION_ERROR"})"));
        QLoggingCategory::setFilterRules(QStringLiteral("prospector.net.*=true"));
        g_log.clear();
        auto previous = qInstallMessageHandler(captureMessages);
        HttpRequest request = HttpRequest::withBody("POST", QStringLiteral("/x"),
                                                    R"({"email":"jane.doe@acme.com","token":"pat-na1-abc"})");
        request.operation = QStringLiteral("test.op");
        h.call(request);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        const QString all = g_log.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("test.op")), qPrintable(all));
        QVERIFY(!all.contains(kToken));
        QVERIFY(!all.contains(QStringLiteral("jane.doe@")));
        QVERIFY(all.contains(QStringLiteral("j***@acme.com")));
    }

    void connectionCheckPerService_data() {
        QTest::addColumn<int>("service");
        QTest::addColumn<QString>("path");
        QTest::newRow("hubspot") << int(Service::HubSpot) << QStringLiteral("/crm/v3/objects/contacts");
        QTest::newRow("lemlist") << int(Service::Lemlist) << QStringLiteral("/team");
        QTest::newRow("explorium") << int(Service::Explorium) << QStringLiteral("/v1/credits");
    }
    void connectionCheckPerService() {
        QFETCH(int, service);
        QFETCH(QString, path);
        Harness h(Service(service), QUrl(QStringLiteral("https://svc.test")));
        h.network.enqueue(FakeResponse::json(200, "{}"));
        ApiError result = ApiError::make(ApiErrorKind::Cancelled, Service::HubSpot);
        bool done = false;
        QObject ctx;
        ConnectionCheck::run(h.client, &ctx, [&](const ApiError &e) {
            result = e;
            done = true;
        });
        QVERIFY(runUntil(h.clock, [&] { return done; }));
        QVERIFY(result.isOk());
        QCOMPARE(h.network.requests.at(0).url.path(), path);
        QCOMPARE(h.network.requests.at(0).method, QByteArray("GET"));
    }

    void connectionCheckReportsKindsWithoutRetrying() {
        struct Case {
            FakeResponse response;
            ApiErrorKind kind;
        };
        const QList<Case> cases = {
            {FakeResponse::text(401, "The authentication you supplied is incorrect"), ApiErrorKind::Auth},
            {FakeResponse::text(403, "User linked to this API key is blocked"), ApiErrorKind::Permission},
            {FakeResponse::failure(QNetworkReply::HostNotFoundError), ApiErrorKind::Network},
            {FakeResponse::text(503, "down"), ApiErrorKind::Server},
            {FakeResponse::text(200, "<html>captive portal</html>"), ApiErrorKind::MalformedResponse},
        };
        for (const Case &c : cases) {
            Harness h(Service::Lemlist);
            h.network.setResponder([&](const auto &) { return c.response; });
            ApiError result;
            bool done = false;
            QObject ctx;
            ConnectionCheck::run(h.client, &ctx, [&](const ApiError &e) {
                result = e;
                done = true;
            });
            QVERIFY(runUntil(h.clock, [&] { return done; }));
            QCOMPARE(result.kind, c.kind);
            QCOMPARE(result.service, Service::Lemlist);
            QVERIFY(result.userMessage().contains(QStringLiteral("lemlist")));
            QCOMPARE(h.network.requests.size(), 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
