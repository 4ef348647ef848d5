// The HubSpot simulator's limits: the 100-input batch cap (1.4.7) and the rate limits (1.6): rolling
// window, daily cap, search per second.
#include "sandboxclient.h"
#include "sandboxserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace prospector::sandbox;

namespace {

const QByteArray kToken = QByteArrayLiteral("sandbox-hubspot-token");

QJsonObject upsertInput(const QString &email, const QJsonObject &properties) {
    return {{QStringLiteral("idProperty"), QStringLiteral("email")},
            {QStringLiteral("id"), email},
            {QStringLiteral("properties"), properties}};
}

QByteArray inputs(const QJsonArray &items) {
    return toJson({{QStringLiteral("inputs"), items}});
}

} // namespace

class TestHubSpotLimits : public QObject {
    Q_OBJECT

private slots:
    void init() {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->listen());
        m_client = std::make_unique<SandboxClient>(m_server->hubspotUrl());
    }
    void cleanup() {
        m_client.reset();
        m_server.reset();
    }

    void batchOverOneHundredInputsIsRefusedAndWritesNothing() {
        QJsonArray items;
        for (int i = 0; i < 101; ++i)
            items.append(upsertInput(QStringLiteral("p%1@acme.com").arg(i), {}));
        const SandboxReply reply = m_client->send(
            "POST", QStringLiteral("/crm/v3/objects/contacts/batch/upsert"), inputs(items), bearer(kToken));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().object().value(QStringLiteral("category")).toString(),
                 QStringLiteral("VALIDATION_ERROR"));
        QCOMPARE(m_server->hubspot().contacts().records.size(), 0);
        items.removeLast();
        QCOMPARE(m_client
                     ->send("POST", QStringLiteral("/crm/v3/objects/contacts/batch/upsert"), inputs(items),
                            bearer(kToken))
                     .status,
                 200);
        QCOMPARE(m_server->hubspot().contacts().records.size(), 100);
    }

    void rollingWindowLimitsWithHeadersAndRecovers() {
        m_server->setTimeScale(0.1); // 10 s -> 1 s: roomy enough for a loaded CI machine
        m_server->hubspot().config().burstLimit = 5;
        for (int i = 0; i < 5; ++i) {
            const SandboxReply ok =
                m_client->send("GET", QStringLiteral("/crm/v3/objects/contacts"), {}, bearer(kToken));
            QCOMPARE(ok.status, 200);
            QCOMPARE(ok.header("X-HubSpot-RateLimit-Max"), QByteArrayLiteral("5"));
            QCOMPARE(ok.header("X-HubSpot-RateLimit-Remaining"), QByteArray::number(4 - i));
            QCOMPARE(ok.header("X-HubSpot-RateLimit-Interval-Milliseconds"), QByteArrayLiteral("1000"));
            QCOMPARE(ok.header("X-HubSpot-RateLimit-Daily"), QByteArrayLiteral("250000"));
        }
        const SandboxReply limited =
            m_client->send("GET", QStringLiteral("/crm/v3/objects/contacts"), {}, bearer(kToken));
        QCOMPARE(limited.status, 429);
        const QJsonObject body = limited.json().object();
        QCOMPARE(body.value(QStringLiteral("policyName")).toString(), QStringLiteral("TEN_SECONDLY_ROLLING"));
        QCOMPARE(body.value(QStringLiteral("errorType")).toString(), QStringLiteral("RATE_LIMIT"));
        QCOMPARE(limited.header("X-HubSpot-RateLimit-Remaining"), QByteArrayLiteral("0"));
        QVERIFY(limited.header("Retry-After").isEmpty()); // undocumented for HubSpot: off by default
        QCOMPARE(m_server->hubspot().counters().rateLimited, 1);
        QTest::qWait(1100);
        QCOMPARE(m_client->send("GET", QStringLiteral("/crm/v3/objects/contacts"), {}, bearer(kToken)).status,
                 200);
    }

    void searchHasItsOwnSecondlyLimitAndDailyCapApplies() {
        // Search: 2 per real second here.
        m_server->hubspot().config().searchPerSecond = 2;
        const QByteArray query = toJson({{QStringLiteral("limit"), 1}});
        QCOMPARE(
            m_client->send("POST", QStringLiteral("/crm/v3/objects/contacts/search"), query, bearer(kToken))
                .status,
            200);
        QCOMPARE(
            m_client->send("POST", QStringLiteral("/crm/v3/objects/contacts/search"), query, bearer(kToken))
                .status,
            200);
        const SandboxReply limited =
            m_client->send("POST", QStringLiteral("/crm/v3/objects/contacts/search"), query, bearer(kToken));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.json().object().value(QStringLiteral("policyName")).toString(),
                 QStringLiteral("SECONDLY"));
        QCOMPARE(limited.json().object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("You have reached your secondly limit."));

        m_server->hubspot().config().dailyLimit = 1;
        QCOMPARE(m_client->send("GET", QStringLiteral("/crm/v3/objects/contacts"), {}, bearer(kToken)).status,
                 200);
        const SandboxReply daily =
            m_client->send("GET", QStringLiteral("/crm/v3/objects/contacts"), {}, bearer(kToken));
        QCOMPARE(daily.status, 429);
        QCOMPARE(daily.json().object().value(QStringLiteral("policyName")).toString(),
                 QStringLiteral("DAILY"));
        QCOMPARE(daily.header("X-HubSpot-RateLimit-Daily-Remaining"), QByteArrayLiteral("0"));
    }

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_client;
};

QTEST_GUILESS_MAIN(TestHubSpotLimits)
#include "tst_hubspotlimits.moc"
