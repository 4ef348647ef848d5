// The /_sandbox/ admin API, as a test in another process (or a person with curl) would use it.
#include "sandboxclient.h"
#include "sandboxserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace prospector::sandbox;

class TestSandboxAdmin : public QObject {
    Q_OBJECT

private slots:
    void init() {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->listen());
        m_admin = std::make_unique<SandboxClient>(m_server->adminUrl());
        m_hubspot = std::make_unique<SandboxClient>(m_server->hubspotUrl());
    }
    void cleanup() {
        m_admin.reset();
        m_hubspot.reset();
        m_server.reset();
    }

    void configChangesLimitsAndIsReadBack() {
        const SandboxReply set = m_admin->send(
            "POST", QStringLiteral("/_sandbox/config"),
            toJson({{QStringLiteral("timeScale"), 0.5},
                    {QStringLiteral("hubspot"), QJsonObject{{QStringLiteral("burstLimit"), 2}}},
                    {QStringLiteral("lemlist"), QJsonObject{{QStringLiteral("campaignsWrapped"), true}}}}));
        QCOMPARE(set.status, 200);
        QCOMPARE(set.json().object().value(QStringLiteral("timeScale")).toDouble(), 0.5);
        QCOMPARE(m_server->hubspot().config().burstLimit, 2);
        QVERIFY(m_server->lemlist().config().campaignsWrapped);
        for (int expected : {200, 200, 429})
            QCOMPARE(m_hubspot
                         ->send("GET", QStringLiteral("/crm/v3/objects/contacts"), {},
                                bearer("sandbox-hubspot-token"))
                         .status,
                     expected);
        QCOMPARE(m_admin->send("GET", QStringLiteral("/_sandbox/config"))
                     .json()
                     .object()
                     .value(QStringLiteral("hubspot"))
                     .toObject()
                     .value(QStringLiteral("burstLimit"))
                     .toInt(),
                 2);
        // Admin requests are never counted or limited.
        QCOMPARE(m_server->hubspot().counters().requests, 3);
    }

    void stateShowsWhatWasWrittenAndResetForgetsIt() {
        m_admin->send("POST", QStringLiteral("/_sandbox/hubspot/contacts"),
                      toJson({{QStringLiteral("properties"),
                               QJsonObject{{QStringLiteral("email"), QStringLiteral("jane@acme.com")}}}}));
        m_admin->send("POST", QStringLiteral("/_sandbox/hubspot/contacts"),
                      toJson({{QStringLiteral("properties"),
                               QJsonObject{{QStringLiteral("email"), QStringLiteral("bob@acme.com")}}}}));
        const SandboxReply sorted = m_hubspot->send(
            "POST", QStringLiteral("/crm/v3/objects/contacts/search"),
            toJson({{QStringLiteral("sorts"),
                     QJsonArray{QJsonObject{{QStringLiteral("propertyName"), QStringLiteral("email")},
                                            {QStringLiteral("direction"), QStringLiteral("ASCENDING")}}}}}),
            bearer("sandbox-hubspot-token"));
        const QJsonArray results = sorted.json().object().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 2);
        // Jane was seeded first (lower ID), so sorting ascending by email must put Bob ahead.
        const QJsonObject first = results.at(0).toObject().value(QStringLiteral("properties")).toObject();
        QCOMPARE(first.value(QStringLiteral("email")).toString(), QStringLiteral("bob@acme.com"));

        const QJsonObject state = m_admin->send("GET", QStringLiteral("/_sandbox/state")).json().object();
        const QJsonObject hubspot = state.value(QStringLiteral("hubspot")).toObject();
        QCOMPARE(hubspot.value(QStringLiteral("contacts")).toArray().size(), 2);
        QCOMPARE(hubspot.value(QStringLiteral("counters"))
                     .toObject()
                     .value(QStringLiteral("byRoute"))
                     .toObject()
                     .value(QStringLiteral("POST /crm/v3/objects/contacts/search"))
                     .toInt(),
                 1);
        QCOMPARE(state.value(QStringLiteral("urls")).toObject().value(QStringLiteral("lemlist")).toString(),
                 m_server->lemlistUrl().toString());

        m_admin->send(
            "POST", QStringLiteral("/_sandbox/faults"),
            toJson({{QStringLiteral("kind"), QStringLiteral("status")}, {QStringLiteral("times"), -1}}));
        QCOMPARE(m_admin->send("POST", QStringLiteral("/_sandbox/reset")).status, 200);
        const QJsonObject after = m_admin->send("GET", QStringLiteral("/_sandbox/state")).json().object();
        QCOMPARE(after.value(QStringLiteral("hubspot"))
                     .toObject()
                     .value(QStringLiteral("contacts"))
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(after.value(QStringLiteral("faults")).toArray().size(), 0);
        QCOMPARE(
            m_hubspot
                ->send("GET", QStringLiteral("/crm/v3/objects/contacts"), {}, bearer("sandbox-hubspot-token"))
                .status,
            200);
    }

    void faultsCanBeListedAndRemovedOneByOne() {
        const SandboxReply added = m_admin->send(
            "POST", QStringLiteral("/_sandbox/faults"),
            toJson({{QStringLiteral("faults"),
                     QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("html")},
                                            {QStringLiteral("service"), QStringLiteral("lemlist")}},
                                QJsonObject{{QStringLiteral("kind"), QStringLiteral("reset")}}}}}));
        QCOMPARE(added.status, 201);
        const QJsonArray ids = added.json().object().value(QStringLiteral("ids")).toArray();
        QCOMPARE(ids.size(), 2);
        QCOMPARE(m_admin->send("GET", QStringLiteral("/_sandbox/faults"))
                     .json()
                     .object()
                     .value(QStringLiteral("faults"))
                     .toArray()
                     .size(),
                 2);
        QCOMPARE(m_admin->send("DELETE", QStringLiteral("/_sandbox/faults/%1").arg(ids.at(1).toInt())).status,
                 200);
        QCOMPARE(m_server->faults().rules().size(), 1);
        QCOMPARE(m_server->faults().rules().at(0).kind, FaultKind::HtmlBadGateway);
        QCOMPARE(m_admin->send("DELETE", QStringLiteral("/_sandbox/faults")).status, 200);
        QVERIFY(m_server->faults().rules().isEmpty());
        QCOMPARE(m_admin->send("GET", QStringLiteral("/_sandbox/nothing")).status, 404);
    }

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_admin;
    std::unique_ptr<SandboxClient> m_hubspot;
};

QTEST_GUILESS_MAIN(TestSandboxAdmin)
#include "tst_sandboxadmin.moc"
