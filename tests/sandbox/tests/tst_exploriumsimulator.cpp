// The Explorium simulator against CONTRACTS.md section 3, driven over real loopback HTTP.
#include "sandboxclient.h"
#include "sandboxserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace prospector::sandbox;

namespace {

const QByteArray kKey = QByteArrayLiteral("sandbox-explorium-key");

QByteArray businesses(int count) {
    QJsonArray items;
    for (int i = 0; i < count; ++i)
        items.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("Company %1").arg(i)},
                                 {QStringLiteral("domain"), QStringLiteral("company%1.com").arg(i)}});
    return toJson({{QStringLiteral("businesses_to_match"), items}});
}

} // namespace

class TestExploriumSimulator : public QObject {
    Q_OBJECT

private slots:
    void init() {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->listen());
        m_client = std::make_unique<SandboxClient>(m_server->exploriumUrl());
    }
    void cleanup() {
        m_client.reset();
        m_server.reset();
    }

    void apiKeyHeaderIsRequiredAndCaseInsensitive() {
        const SandboxReply none =
            m_client->send("POST", QStringLiteral("/v1/businesses/match"), businesses(1));
        QCOMPARE(none.status, 401);
        QVERIFY(none.json().object().contains(QStringLiteral("details")));
        QVERIFY(none.json().object().contains(QStringLiteral("correlation_id")));
        QCOMPARE(m_client->send("POST", QStringLiteral("/v1/businesses/match"), businesses(1), bearer(kKey))
                     .status,
                 401);
        QCOMPARE(
            m_client->send("POST", QStringLiteral("/v1/businesses/match"), businesses(1), {{"API_KEY", kKey}})
                .status,
            200);
    }

    void matchKeepsInputOrderWithNullsForMisses() {
        const QJsonArray items{
            QJsonObject{{QStringLiteral("name"), QStringLiteral("apple")},
                        {QStringLiteral("domain"), QStringLiteral("apple.com")}},
            QJsonObject{{QStringLiteral("name"), QStringLiteral("ghost")},
                        {QStringLiteral("domain"), QStringLiteral("ghost.invalid")}},
            QJsonObject{{QStringLiteral("url"), QStringLiteral("https://www.explorium.ai/about")}}};
        const SandboxReply reply =
            m_client->send("POST", QStringLiteral("/v1/businesses/match"),
                           toJson({{QStringLiteral("businesses_to_match"), items}}), exploriumKey(kKey));
        QCOMPARE(reply.status, 200);
        const QJsonObject body = reply.json().object();
        QCOMPARE(body.value(QStringLiteral("total_results")).toInt(), 3);
        QCOMPARE(body.value(QStringLiteral("total_matches")).toInt(), 2);
        QCOMPARE(body.value(QStringLiteral("response_context"))
                     .toObject()
                     .value(QStringLiteral("request_status"))
                     .toString(),
                 QStringLiteral("success"));
        const QJsonArray matched = body.value(QStringLiteral("matched_businesses")).toArray();
        QCOMPARE(matched.size(), 3);
        QCOMPARE(matched.at(0).toObject().value(QStringLiteral("business_id")).toString(),
                 ExploriumSimulator::businessIdForDomain(QStringLiteral("apple.com")));
        QVERIFY(QRegularExpression(QStringLiteral("^[a-f0-9]{32}$"))
                    .match(matched.at(0).toObject().value(QStringLiteral("business_id")).toString())
                    .hasMatch());
        QVERIFY(matched.at(1).toObject().value(QStringLiteral("business_id")).isNull());
        QCOMPARE(matched.at(1)
                     .toObject()
                     .value(QStringLiteral("input"))
                     .toObject()
                     .value(QStringLiteral("domain"))
                     .toString(),
                 QStringLiteral("ghost.invalid"));
        QCOMPARE(matched.at(2).toObject().value(QStringLiteral("business_id")).toString(),
                 ExploriumSimulator::businessIdForDomain(QStringLiteral("explorium.ai")));

        const QJsonArray people{
            QJsonObject{{QStringLiteral("email"), QStringLiteral("satyan@microsoft.com")}},
            QJsonObject{{QStringLiteral("full_name"), QStringLiteral("Nobody")}}}; // a name needs a company
        const SandboxReply prospects =
            m_client->send("POST", QStringLiteral("/v1/prospects/match"),
                           toJson({{QStringLiteral("prospects_to_match"), people}}), exploriumKey(kKey));
        const QJsonArray results =
            prospects.json().object().value(QStringLiteral("matched_prospects")).toArray();
        QCOMPARE(results.size(), 2);
        QVERIFY(QRegularExpression(QStringLiteral("^[a-f0-9]{40}$"))
                    .match(results.at(0).toObject().value(QStringLiteral("prospect_id")).toString())
                    .hasMatch());
        QVERIFY(results.at(1).toObject().value(QStringLiteral("prospect_id")).isNull());
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("input")).toObject().keys().size(), 6);
    }

    void moreThanFiftyOrNoneGets422() {
        QCOMPARE(
            m_client->send("POST", QStringLiteral("/v1/businesses/match"), businesses(50), exploriumKey(kKey))
                .status,
            200);
        const SandboxReply tooMany = m_client->send("POST", QStringLiteral("/v1/businesses/match"),
                                                    businesses(51), exploriumKey(kKey));
        QCOMPARE(tooMany.status, 422);
        const QJsonObject detail =
            tooMany.json().object().value(QStringLiteral("detail")).toArray().at(0).toObject();
        QCOMPARE(detail.value(QStringLiteral("type")).toString(),
                 QStringLiteral("value_error.list.max_items"));
        QCOMPARE(detail.value(QStringLiteral("loc")).toArray(),
                 (QJsonArray{QStringLiteral("body"), QStringLiteral("businesses_to_match")}));
        const SandboxReply empty =
            m_client->send("POST", QStringLiteral("/v1/businesses/firmographics/bulk_enrich"),
                           toJson({{QStringLiteral("business_ids"), QJsonArray{}}}), exploriumKey(kKey));
        QCOMPARE(empty.status, 422);
    }

    void extraFieldsMatchErrorsAndDriftedNames() {
        const SandboxReply extra =
            m_client->send("POST", QStringLiteral("/v1/businesses/match"),
                           toJson({{QStringLiteral("businesses"), QJsonArray{}},
                                   {QStringLiteral("businesses_to_match"), QJsonArray{}}}),
                           exploriumKey(kKey));
        QCOMPARE(extra.status, 422);
        QCOMPARE(extra.json()
                     .object()
                     .value(QStringLiteral("detail"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("type"))
                     .toString(),
                 QStringLiteral("value_error.extra"));

        m_server->explorium().config().matchErrors.insert(QStringLiteral("broken.com"));
        m_server->explorium().config().driftedFieldNames = true;
        const SandboxReply match = m_client->send(
            "POST", QStringLiteral("/v1/businesses/match"),
            toJson({{QStringLiteral("businesses_to_match"),
                     QJsonArray{QJsonObject{{QStringLiteral("domain"), QStringLiteral("broken.com")}}}}}),
            exploriumKey(kKey));
        const QJsonObject item =
            match.json().object().value(QStringLiteral("matched_businesses")).toArray().at(0).toObject();
        QVERIFY(item.value(QStringLiteral("business_id")).isNull());
        QCOMPARE(item.value(QStringLiteral("error_type")).toString(), QStringLiteral("processing_error"));

        m_client->send(
            "POST", QStringLiteral("/v1/prospects/match"),
            toJson({{QStringLiteral("prospects_to_match"),
                     QJsonArray{QJsonObject{{QStringLiteral("email"), QStringLiteral("jo@acme.com")}}}}}),
            exploriumKey(kKey));
        const SandboxReply contact =
            m_client->send("POST", QStringLiteral("/v1/prospects/contacts_information/enrich"),
                           toJson({{QStringLiteral("prospect_id"),
                                    ExploriumSimulator::prospectIdForEmail(QStringLiteral("jo@acme.com"))}}),
                           exploriumKey(kKey));
        const QJsonObject data = contact.json().object().value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("professional_email")).toString(), QStringLiteral("jo@acme.com"));
        QVERIFY(!data.contains(QStringLiteral("professions_email")));
    }

    void softFailureIsA200WithRequestStatusFailure() {
        m_server->explorium().config().softFailures = 1;
        const SandboxReply failed =
            m_client->send("POST", QStringLiteral("/v1/businesses/match"), businesses(2), exploriumKey(kKey));
        QCOMPARE(failed.status, 200);
        const QJsonObject body = failed.json().object();
        QCOMPARE(body.value(QStringLiteral("response_context"))
                     .toObject()
                     .value(QStringLiteral("request_status"))
                     .toString(),
                 QStringLiteral("failure"));
        QCOMPARE(body.value(QStringLiteral("matched_businesses")).toArray().size(), 2);
        QVERIFY(body.value(QStringLiteral("matched_businesses"))
                    .toArray()
                    .at(1)
                    .toObject()
                    .value(QStringLiteral("business_id"))
                    .isNull());
        const SandboxReply next =
            m_client->send("POST", QStringLiteral("/v1/businesses/match"), businesses(2), exploriumKey(kKey));
        QCOMPARE(next.json().object().value(QStringLiteral("total_matches")).toInt(), 2);
    }

    void bulkEnrichChargesCreditsAndReportsMisses() {
        m_client->send("POST", QStringLiteral("/v1/businesses/match"), businesses(2), exploriumKey(kKey));
        const QString known = ExploriumSimulator::businessIdForDomain(QStringLiteral("company0.com"));
        const QString unknown = QStringLiteral("0123456789abcdef0123456789abcdef");
        const SandboxReply firmo = m_client->send(
            "POST", QStringLiteral("/v1/businesses/firmographics/bulk_enrich"),
            toJson({{QStringLiteral("business_ids"), QJsonArray{known, unknown}}}), exploriumKey(kKey));
        QCOMPARE(firmo.status, 200);
        const QJsonObject body = firmo.json().object();
        QCOMPARE(body.value(QStringLiteral("total_results")).toInt(), 1);
        const QJsonObject data = body.value(QStringLiteral("data"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("data"))
                                     .toObject();
        QCOMPARE(data.value(QStringLiteral("business_id")).toString(), known);
        QCOMPARE(data.value(QStringLiteral("website")).toString(),
                 QStringLiteral("https://www.company0.com"));
        QCOMPARE(m_server->explorium().creditsUsed(), 1);

        const SandboxReply miss = m_client->send(
            "POST", QStringLiteral("/v1/businesses/firmographics/bulk_enrich"),
            toJson({{QStringLiteral("business_ids"), QJsonArray{unknown}}}), exploriumKey(kKey));
        QCOMPARE(miss.json()
                     .object()
                     .value(QStringLiteral("response_context"))
                     .toObject()
                     .value(QStringLiteral("request_status"))
                     .toString(),
                 QStringLiteral("miss"));

        m_client->send(
            "POST", QStringLiteral("/v1/prospects/match"),
            toJson({{QStringLiteral("prospects_to_match"),
                     QJsonArray{QJsonObject{{QStringLiteral("email"), QStringLiteral("jo@acme.com")}}}}}),
            exploriumKey(kKey));
        const QString prospect = ExploriumSimulator::prospectIdForEmail(QStringLiteral("jo@acme.com"));
        const SandboxReply emails = m_client->send(
            "POST", QStringLiteral("/v1/prospects/contacts_information/bulk_enrich"),
            toJson({{QStringLiteral("prospect_ids"), QJsonArray{prospect}},
                    {QStringLiteral("parameters"),
                     QJsonObject{{QStringLiteral("contact_types"), QJsonArray{QStringLiteral("email")}}}}}),
            exploriumKey(kKey));
        const QJsonObject contact = emails.json()
                                        .object()
                                        .value(QStringLiteral("data"))
                                        .toArray()
                                        .at(0)
                                        .toObject()
                                        .value(QStringLiteral("data"))
                                        .toObject();
        QCOMPARE(contact.value(QStringLiteral("professions_email")).toString(),
                 QStringLiteral("jo@acme.com"));
        QVERIFY(!contact.contains(QStringLiteral("phone_numbers")));
        QCOMPARE(m_server->explorium().creditsUsed(), 1 + 2);
        m_client->send("POST", QStringLiteral("/v1/prospects/contacts_information/bulk_enrich"),
                       toJson({{QStringLiteral("prospect_ids"), QJsonArray{prospect}}}), exploriumKey(kKey));
        QCOMPARE(m_server->explorium().creditsUsed(), 1 + 2 + 5); // phones or the default cost 5

        m_server->explorium().config().credits = 8;
        const SandboxReply broke =
            m_client->send("POST", QStringLiteral("/v1/businesses/firmographics/bulk_enrich"),
                           toJson({{QStringLiteral("business_ids"), QJsonArray{known}}}), exploriumKey(kKey));
        QCOMPARE(broke.status, 403);
        QVERIFY(broke.json()
                    .object()
                    .value(QStringLiteral("details"))
                    .toString()
                    .startsWith(QStringLiteral("You have insufficient credits")));
        QCOMPARE(m_server->explorium().creditsUsed(), 8);
    }

    void rateLimitHeadersOnEveryResponseAnd429Body() {
        m_server->setTimeScale(1.0 / 60); // 60 s -> 1 s: roomy enough for a loaded CI machine
        m_server->explorium().config().rateLimit = 3;
        for (int i = 0; i < 3; ++i) {
            const SandboxReply ok = m_client->send("POST", QStringLiteral("/v1/businesses/match"),
                                                   businesses(1), exploriumKey(kKey));
            QCOMPARE(ok.status, 200);
            QCOMPARE(ok.header("X-RateLimit-Remaining"), QByteArray::number(2 - i));
            QVERIFY(ok.header("X-RateLimit-Reset").toLongLong() >= QDateTime::currentSecsSinceEpoch());
        }
        const SandboxReply limited =
            m_client->send("POST", QStringLiteral("/v1/businesses/match"), businesses(1), exploriumKey(kKey));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.json().object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("rate_limit_exceeded"));
        QCOMPARE(limited.json().object().value(QStringLiteral("retry_after")).toInt(), 1);
        QCOMPARE(limited.header("Retry-After"), QByteArrayLiteral("1"));
        QCOMPARE(limited.header("X-RateLimit-Limit"), QByteArrayLiteral("3"));
        QTest::qWait(1100);
        QCOMPARE(
            m_client->send("POST", QStringLiteral("/v1/businesses/match"), businesses(1), exploriumKey(kKey))
                .status,
            200);
    }

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_client;
};

QTEST_GUILESS_MAIN(TestExploriumSimulator)
#include "tst_exploriumsimulator.moc"
