// Fault injection, through the C++ API and the admin HTTP API: every kind, its filters, and the
// counters tests use to assert what happened.
#include "sandboxclient.h"
#include "sandboxserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

using namespace prospector::sandbox;

namespace {

const QByteArray kToken = QByteArrayLiteral("sandbox-hubspot-token");

FaultRule rule(FaultKind kind, const QString &service = QStringLiteral("hubspot"), int times = 1) {
    FaultRule fault;
    fault.kind = kind;
    fault.service = service;
    fault.times = times;
    return fault;
}

QByteArray upsert(const QString &email) {
    return toJson({{QStringLiteral("inputs"),
                    QJsonArray{QJsonObject{{QStringLiteral("idProperty"), QStringLiteral("email")},
                                           {QStringLiteral("id"), email},
                                           {QStringLiteral("properties"), QJsonObject{}}}}}});
}

} // namespace

class TestSandboxFaults : public QObject {
    Q_OBJECT

private slots:
    void init() {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->listen());
        m_hubspot = std::make_unique<SandboxClient>(m_server->hubspotUrl());
    }
    void cleanup() {
        m_hubspot.reset();
        m_server.reset();
    }

    void serverErrorsUseTheServiceEnvelopeThenClear() {
        FaultRule fault = rule(FaultKind::Status, QStringLiteral("hubspot"), 2);
        fault.status = 503;
        m_server->faults().add(fault);
        for (int i = 0; i < 2; ++i) {
            const SandboxReply reply =
                m_hubspot->send("GET", QStringLiteral("/crm/v3/objects/contacts"), {}, bearer(kToken));
            QCOMPARE(reply.status, 503);
            QCOMPARE(reply.json().object().value(QStringLiteral("status")).toString(),
                     QStringLiteral("error"));
        }
        QCOMPARE(
            m_hubspot->send("GET", QStringLiteral("/crm/v3/objects/contacts"), {}, bearer(kToken)).status,
            200);
        QCOMPARE(m_server->hubspot().counters().faults, 2);
        QCOMPARE(m_server->hubspot().counters().requests, 3);
        QVERIFY(m_server->faults().rules().isEmpty());
    }

    void rateLimitBurstOverTheAdminApi() {
        SandboxClient lemlist(m_server->lemlistUrl());
        SandboxClient admin(m_server->adminUrl());
        const SandboxReply added = admin.send("POST", QStringLiteral("/_sandbox/faults"),
                                              toJson({{QStringLiteral("service"), QStringLiteral("lemlist")},
                                                      {QStringLiteral("kind"), QStringLiteral("rate_limit")},
                                                      {QStringLiteral("times"), 3}}));
        QCOMPARE(added.status, 201);
        for (int i = 0; i < 3; ++i) {
            const SandboxReply reply =
                lemlist.send("GET", QStringLiteral("/team"), {}, lemlistBasic("sandbox-lemlist-key"));
            QCOMPARE(reply.status, 429);
            QVERIFY(!reply.header("Retry-After").isEmpty());
            QVERIFY(!reply.header("X-RateLimit-Reset").isEmpty());
        }
        QCOMPARE(lemlist.send("GET", QStringLiteral("/team"), {}, lemlistBasic("sandbox-lemlist-key")).status,
                 200);
        const QJsonObject state = admin.send("GET", QStringLiteral("/_sandbox/state")).json().object();
        const QJsonObject counters =
            state.value(QStringLiteral("lemlist")).toObject().value(QStringLiteral("counters")).toObject();
        QCOMPARE(counters.value(QStringLiteral("rateLimited")).toInt(), 3);
        QCOMPARE(counters.value(QStringLiteral("requests")).toInt(), 4);
        QCOMPARE(admin
                     .send("POST", QStringLiteral("/_sandbox/faults"),
                           toJson({{QStringLiteral("kind"), QStringLiteral("boom")}}))
                     .status,
                 400);
    }

    void retryAfterInSecondsOrAsAnHttpDate() {
        FaultRule seconds = rule(FaultKind::RateLimit);
        seconds.retryAfter = 7;
        m_server->faults().add(seconds);
        FaultRule date = rule(FaultKind::Status);
        date.status = 503;
        date.retryAfter = 30;
        date.retryAfterHttpDate = true;
        m_server->faults().add(date);
        const SandboxReply first =
            m_hubspot->send("GET", QStringLiteral("/crm/v3/objects/contacts"), {}, bearer(kToken));
        QCOMPARE(first.status, 429);
        QCOMPARE(first.header("Retry-After"), QByteArrayLiteral("7"));
        QCOMPARE(first.json().object().value(QStringLiteral("policyName")).toString(),
                 QStringLiteral("TEN_SECONDLY_ROLLING"));
        const SandboxReply second =
            m_hubspot->send("GET", QStringLiteral("/crm/v3/objects/contacts"), {}, bearer(kToken));
        QCOMPARE(second.status, 503);
        const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(second.header("Retry-After")),
                                                       QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
        QVERIFY2(when.isValid(), second.header("Retry-After").constData());
        QVERIFY(
            std::abs(QDateTime::currentDateTimeUtc().secsTo(QDateTime(when.date(), when.time(), Qt::UTC)) -
                     30) <= 2);
    }

    void hangAfterApplyingIsTheAmbiguousTimeout() {
        FaultRule fault = rule(FaultKind::Hang);
        fault.pathPrefix = QStringLiteral("/crm/v3/objects/contacts/batch/upsert");
        fault.applyRequest = true;
        m_server->faults().add(fault);
        const SandboxReply reply =
            m_hubspot->send("POST", QStringLiteral("/crm/v3/objects/contacts/batch/upsert"),
                            upsert(QStringLiteral("jane@acme.com")), bearer(kToken), 300);
        QVERIFY(reply.timedOut);
        QCOMPARE(reply.status, 0);
        // The write happened although the client never heard back; re-reading resolves it.
        QVERIFY(m_server->hubspot().contactByEmail(QStringLiteral("jane@acme.com")));
        const SandboxReply retry =
            m_hubspot->send("POST", QStringLiteral("/crm/v3/objects/contacts/batch/upsert"),
                            upsert(QStringLiteral("jane@acme.com")), bearer(kToken));
        QCOMPARE(retry.status, 200);
        QCOMPARE(retry.json()
                     .object()
                     .value(QStringLiteral("results"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("new"))
                     .toBool(),
                 false);
        QCOMPARE(m_server->hubspot().contacts().records.size(), 1);
    }

    void hangWithoutApplyingWritesNothing() {
        m_server->faults().add(rule(FaultKind::Hang));
        const SandboxReply reply =
            m_hubspot->send("POST", QStringLiteral("/crm/v3/objects/contacts/batch/upsert"),
                            upsert(QStringLiteral("jane@acme.com")), bearer(kToken), 200);
        QVERIFY(reply.timedOut);
        QCOMPARE(m_server->hubspot().contacts().records.size(), 0);
        QCOMPARE(m_server->hubspot().counters().faults, 1);
    }

    void resetDropsHangingConnections() {
        m_server->faults().add(rule(FaultKind::Hang));
        QNetworkRequest request(
            m_server->hubspotUrl().resolved(QUrl(QStringLiteral("/crm/v3/objects/contacts"))));
        request.setRawHeader("Authorization", "Bearer " + kToken);
        QNetworkReply *pending = m_hubspot->manager().get(request);
        QTRY_COMPARE(m_server->hubspot().counters().faults, 1);
        QTest::qWait(50);
        QVERIFY(!pending->isFinished());
        m_server->reset(); // closes the hanging connection (Qt may then retry the GET by itself)
        QTRY_VERIFY(pending->isFinished());
        pending->deleteLater();
    }

    void delayAnswersLate() {
        FaultRule fault = rule(FaultKind::Delay);
        fault.delayMs = 300;
        m_server->faults().add(fault);
        QElapsedTimer timer;
        timer.start();
        const SandboxReply reply =
            m_hubspot->send("GET", QStringLiteral("/crm/v3/objects/contacts"), {}, bearer(kToken));
        QCOMPARE(reply.status, 200);
        QVERIFY2(timer.elapsed() >= 290, QByteArray::number(timer.elapsed()).constData());
    }

    void connectionResetIsANetworkError() {
        m_server->faults().add(
            rule(FaultKind::Reset, QStringLiteral("hubspot"), -1)); // Qt retries a reset once by itself
        const SandboxReply reply =
            m_hubspot->send("GET", QStringLiteral("/crm/v3/objects/contacts"), {}, bearer(kToken));
        QCOMPARE(reply.status, 0);
        QVERIFY2(reply.error == QNetworkReply::RemoteHostClosedError ||
                     reply.error == QNetworkReply::UnknownNetworkError,
                 QByteArray::number(reply.error).constData());
        QVERIFY(m_server->hubspot().counters().faults >= 1);
    }

    void truncatedBodyIsAnErrorNotAResult() {
        m_server->faults().add(rule(FaultKind::Truncate));
        const SandboxReply reply =
            m_hubspot->send("POST", QStringLiteral("/crm/v3/objects/contacts/batch/upsert"),
                            upsert(QStringLiteral("t@acme.com")), bearer(kToken));
        // Qt reports the status line it saw (200) together with the error: the error must win.
        QCOMPARE(reply.error, QNetworkReply::RemoteHostClosedError);
        QVERIFY(reply.json().isNull());
        QVERIFY(m_server->hubspot().contactByEmail(QStringLiteral("t@acme.com"))); // the write went through
    }

    void htmlBadGatewayAndMalformedJson() {
        m_server->faults().add(rule(FaultKind::HtmlBadGateway, QStringLiteral("explorium")));
        m_server->faults().add(rule(FaultKind::MalformedJson, QStringLiteral("explorium")));
        SandboxClient explorium(m_server->exploriumUrl());
        const QByteArray body =
            toJson({{QStringLiteral("businesses_to_match"),
                     QJsonArray{QJsonObject{{QStringLiteral("domain"), QStringLiteral("acme.com")}}}}});
        const SandboxReply html = explorium.send("POST", QStringLiteral("/v1/businesses/match"), body,
                                                 exploriumKey("sandbox-explorium-key"));
        QCOMPARE(html.status, 502);
        QCOMPARE(html.header("Content-Type"), QByteArrayLiteral("text/html"));
        QVERIFY(html.body.contains("<title>502 Bad Gateway</title>"));
        const SandboxReply broken = explorium.send("POST", QStringLiteral("/v1/businesses/match"), body,
                                                   exploriumKey("sandbox-explorium-key"));
        QCOMPARE(broken.status, 200);
        QVERIFY(broken.json().isNull());
    }

    void filtersByServiceMethodPathAndSkip() {
        FaultRule fault = rule(FaultKind::Status);
        fault.status = 500;
        fault.method = QStringLiteral("POST");
        fault.pathPrefix = QStringLiteral("/crm/v3/objects/contacts/batch/");
        fault.skip = 1;
        m_server->faults().add(fault);
        QCOMPARE(
            m_hubspot->send("GET", QStringLiteral("/crm/v3/objects/contacts"), {}, bearer(kToken)).status,
            200);
        QCOMPARE(m_hubspot
                     ->send("POST", QStringLiteral("/crm/v3/objects/contacts/batch/upsert"),
                            upsert(QStringLiteral("a@acme.com")), bearer(kToken))
                     .status,
                 200); // skipped
        QCOMPARE(m_hubspot
                     ->send("POST", QStringLiteral("/crm/v3/objects/contacts/batch/upsert"),
                            upsert(QStringLiteral("b@acme.com")), bearer(kToken))
                     .status,
                 500);
        QVERIFY(!m_server->hubspot().contactByEmail(QStringLiteral("b@acme.com")));
        SandboxClient lemlist(m_server->lemlistUrl());
        QCOMPARE(lemlist.send("GET", QStringLiteral("/team"), {}, lemlistBasic("sandbox-lemlist-key")).status,
                 200);
    }

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_hubspot;
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
