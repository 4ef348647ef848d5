#pragma once

// In-process sandbox + one ServiceConnection per service, on real loopback sockets and the
// system clock. Retry delays are shortened so fault tests stay fast.

#include "net/serviceconnection.h"
#include "sandboxserver.h"

#include <QNetworkAccessManager>
#include <QtTest>

namespace prospector::test {

struct SandboxHarness {
    // Long enough that a loaded CI machine cannot reach half-open between two calls of a test.
    static constexpr qint64 kBreakerOpenMs = 2000;

    sandbox::SandboxServer server;
    QNetworkAccessManager network;
    std::unique_ptr<net::ServiceConnection> hubspot;
    std::unique_ptr<net::ServiceConnection> lemlist;
    std::unique_ptr<net::ServiceConnection> explorium;
    QString hubspotToken = QStringLiteral("sandbox-hubspot-token");
    QString lemlistKey = QStringLiteral("sandbox-lemlist-key");
    QString exploriumKey = QStringLiteral("sandbox-explorium-key");

    bool start() {
        QString error;
        if (!server.listen({}, &error)) {
            qWarning("sandbox: %s", qPrintable(error));
            return false;
        }
        hubspot = make(net::Service::HubSpot, server.hubspotUrl(), &hubspotToken);
        lemlist = make(net::Service::Lemlist, server.lemlistUrl(), &lemlistKey);
        explorium = make(net::Service::Explorium, server.exploriumUrl(), &exploriumKey);
        return true;
    }

    std::unique_ptr<net::ServiceConnection> make(net::Service service, const QUrl &url,
                                                 const QString *token) {
        net::ServiceConnection::Options options = net::ServiceConnection::defaultOptions(service);
        options.retry = net::RetrySettings{4, 20, 200, 5000};
        options.breaker = {5, kBreakerOpenMs};
        auto connection =
            std::make_unique<net::ServiceConnection>(net::ServiceEndpoint{service, url,
                                                                          [token] {
                                                                              return *token;
                                                                          }},
                                                     options, &network, net::SystemClock::instance());
        connection->http()->setTimeoutCapMs(1500);
        return connection;
    }

    // Runs the event loop until the callback fired (or 15 s passed).
    template <typename T, typename Fn>
    static net::ApiResult<T> await(Fn start) {
        net::ApiResult<T> out;
        out.error.kind = net::ApiErrorKind::Cancelled;
        bool done = false;
        QObject ctx;
        start(&ctx, [&](const net::ApiResult<T> &r) {
            out = r;
            done = true;
        });
        QElapsedTimer timer;
        timer.start();
        while (!done && timer.elapsed() < 15000)
            QTest::qWait(2);
        if (!done)
            qWarning("no result within 15 s");
        return out;
    }

    sandbox::FaultRule fault(const QString &service, sandbox::FaultKind kind, int times = 1,
                             int status = 500) {
        sandbox::FaultRule rule;
        rule.service = service;
        rule.kind = kind;
        rule.times = times;
        rule.status = status;
        return rule;
    }
};

} // namespace prospector::test
