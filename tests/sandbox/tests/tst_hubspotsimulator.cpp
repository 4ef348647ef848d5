// The HubSpot simulator against CONTRACTS.md section 1, driven over real loopback HTTP.
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

class TestHubSpotSimulator : public QObject {
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

    void missingOrWrongTokenGets401WithTheDocumentedBody() {
        for (const auto &headers :
             {QList<QPair<QByteArray, QByteArray>>{}, bearer("pat-na1-wrong"),
              QList<QPair<QByteArray, QByteArray>>{{"Authorization", "Basic " + kToken}}}) {
            const SandboxReply reply =
                m_client->send("GET", QStringLiteral("/crm/v3/objects/contacts"), {}, headers);
            QCOMPARE(reply.status, 401);
            const QJsonObject body = reply.json().object();
            QCOMPARE(body.value(QStringLiteral("category")).toString(),
                     QStringLiteral("INVALID_AUTHENTICATION"));
            QCOMPARE(body.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
            QVERIFY(body.value(QStringLiteral("message"))
                        .toString()
                        .startsWith(QStringLiteral("Authentication credentials not found.")));
            QVERIFY(!body.value(QStringLiteral("correlationId")).toString().isEmpty());
            QCOMPARE(reply.header("x-hubspot-auth-failure"), QByteArrayLiteral("401 Unauthorized"));
            QVERIFY(reply.header("Content-Type").startsWith("application/json"));
        }
        QCOMPARE(m_server->hubspot().counters().byStatus.value(401), 3);
    }

    void tokenWithoutScopesGets403MissingScopes() {
        m_server->hubspot().config().tokensWithoutScopes.insert(QStringLiteral("pat-na1-noscope"));
        const SandboxReply reply =
            m_client->send("GET", QStringLiteral("/crm/v3/objects/contacts"), {}, bearer("pat-na1-noscope"));
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.json().object().value(QStringLiteral("category")).toString(),
                 QStringLiteral("MISSING_SCOPES"));
    }

    void upsertByEmailIsIdempotent() {
        const QByteArray body = inputs({upsertInput(QStringLiteral("Jane@Acme.com"),
                                                    {{QStringLiteral("firstname"), QStringLiteral("Jane")}}),
                                        upsertInput(QStringLiteral("bob@acme.com"),
                                                    {{QStringLiteral("firstname"), QStringLiteral("Bob")}})});
        const SandboxReply first = m_client->send(
            "POST", QStringLiteral("/crm/v3/objects/contacts/batch/upsert"), body, bearer(kToken));
        QCOMPARE(first.status, 200);
        const QJsonArray results = first.json().object().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("new")).toBool(), true);
        QCOMPARE(first.json().object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("COMPLETE"));

        const SandboxReply second =
            m_client->send("POST", QStringLiteral("/crm/v3/objects/contacts/batch/upsert"),
                           inputs({upsertInput(QStringLiteral("jane@acme.com"),
                                               {{QStringLiteral("lastname"), QStringLiteral("Doe")}})}),
                           bearer(kToken));
        QCOMPARE(second.status, 200);
        const QJsonObject again =
            second.json().object().value(QStringLiteral("results")).toArray().at(0).toObject();
        QCOMPARE(again.value(QStringLiteral("new")).toBool(), false);
        QCOMPARE(again.value(QStringLiteral("id")), results.at(0).toObject().value(QStringLiteral("id")));
        // Exactly one contact per email, with both writes merged.
        QCOMPARE(m_server->hubspot().contacts().records.size(), 2);
        const auto jane = m_server->hubspot().contactByEmail(QStringLiteral("jane@acme.com"));
        QVERIFY(jane);
        QCOMPARE(jane->properties.value(QStringLiteral("firstname")), QStringLiteral("Jane"));
        QCOMPARE(jane->properties.value(QStringLiteral("lastname")), QStringLiteral("Doe"));
    }

    void duplicateIdsInOneUpsertGet400() {
        const SandboxReply reply =
            m_client->send("POST", QStringLiteral("/crm/v3/objects/contacts/batch/upsert"),
                           inputs({upsertInput(QStringLiteral("a@acme.com"), {}),
                                   upsertInput(QStringLiteral("A@acme.com"), {})}),
                           bearer(kToken));
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.json()
                    .object()
                    .value(QStringLiteral("message"))
                    .toString()
                    .startsWith(QStringLiteral("Duplicate IDs found in batch input: [A@acme.com]")));
        QCOMPARE(m_server->hubspot().contacts().records.size(), 0);
    }

    void unknownPropertyGets400AndNothingIsWritten() {
        const SandboxReply reply =
            m_client->send("POST", QStringLiteral("/crm/v3/objects/contacts/batch/upsert"),
                           inputs({upsertInput(QStringLiteral("a@acme.com"),
                                               {{QStringLiteral("testproperty"), QStringLiteral("x")}})}),
                           bearer(kToken));
        QCOMPARE(reply.status, 400);
        const QJsonObject body = reply.json().object();
        QVERIFY(body.value(QStringLiteral("message"))
                    .toString()
                    .startsWith(QStringLiteral("Property values were not valid")));
        QCOMPARE(body.value(QStringLiteral("errors"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("PROPERTY_DOESNT_EXIST"));
        QCOMPARE(m_server->hubspot().contacts().records.size(), 0);
    }

    void createWithExistingEmailGets409WithExistingId() {
        const qint64 id =
            m_server->hubspot().seedContact({{QStringLiteral("email"), QStringLiteral("jane@acme.com")}});
        const SandboxReply reply = m_client->send(
            "POST", QStringLiteral("/crm/v3/objects/contacts"),
            toJson({{QStringLiteral("properties"),
                     QJsonObject{{QStringLiteral("email"), QStringLiteral("JANE@acme.com")}}}}),
            bearer(kToken));
        QCOMPARE(reply.status, 409);
        const QJsonObject body = reply.json().object();
        QCOMPARE(body.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Contact already exists. Existing ID: %1").arg(id));
        QCOMPARE(body.value(QStringLiteral("category")).toString(), QStringLiteral("CONFLICT"));
        QCOMPARE(body.keys(), (QStringList{QStringLiteral("category"), QStringLiteral("correlationId"),
                                           QStringLiteral("message"), QStringLiteral("status")}));
    }

    void inlineAssociationsOnCreateMustPointAtExistingRecords() {
        const qint64 company =
            m_server->hubspot().seedCompany({{QStringLiteral("domain"), QStringLiteral("acme.com")}});
        auto create = [this](const QString &email, const QString &companyId) {
            const QJsonObject association{
                {QStringLiteral("to"), QJsonObject{{QStringLiteral("id"), companyId}}},
                {QStringLiteral("types"),
                 QJsonArray{
                     QJsonObject{{QStringLiteral("associationCategory"), QStringLiteral("HUBSPOT_DEFINED")},
                                 {QStringLiteral("associationTypeId"), 279}}}}};
            return m_client->send(
                "POST", QStringLiteral("/crm/v3/objects/contacts"),
                toJson({{QStringLiteral("properties"), QJsonObject{{QStringLiteral("email"), email}}},
                        {QStringLiteral("associations"), QJsonArray{association}}}),
                bearer(kToken));
        };
        QCOMPARE(create(QStringLiteral("nope@acme.com"), QStringLiteral("999999")).status, 400);
        QVERIFY(!m_server->hubspot().contactByEmail(QStringLiteral("nope@acme.com")));
        const SandboxReply created = create(QStringLiteral("jane@acme.com"), QString::number(company));
        QCOMPARE(created.status, 201);
        const qint64 contact = created.json().object().value(QStringLiteral("id")).toString().toLongLong();
        QCOMPARE(m_server->hubspot().associationTypes(contact, company), QSet<int>{279});
    }

    void batchCreateConflictsFailWholeOrPartially() {
        m_server->hubspot().seedContact({{QStringLiteral("email"), QStringLiteral("old@acme.com")}});
        auto input = [](const QString &email, const QString &trace) {
            QJsonObject object{{QStringLiteral("properties"), QJsonObject{{QStringLiteral("email"), email}}}};
            if (!trace.isEmpty())
                object.insert(QStringLiteral("objectWriteTraceId"), trace);
            return object;
        };
        const SandboxReply whole = m_client->send(
            "POST", QStringLiteral("/crm/v3/objects/contacts/batch/create"),
            inputs({input(QStringLiteral("new@acme.com"), {}), input(QStringLiteral("old@acme.com"), {})}),
            bearer(kToken));
        QCOMPARE(whole.status, 409);
        QCOMPARE(m_server->hubspot().contacts().records.size(), 1);

        const SandboxReply partial =
            m_client->send("POST", QStringLiteral("/crm/v3/objects/contacts/batch/create"),
                           inputs({input(QStringLiteral("new@acme.com"), QStringLiteral("t1")),
                                   input(QStringLiteral("old@acme.com"), QStringLiteral("t2"))}),
                           bearer(kToken));
        QCOMPARE(partial.status, 207);
        const QJsonObject body = partial.json().object();
        QCOMPARE(body.value(QStringLiteral("numErrors")).toInt(), 1);
        QCOMPARE(body.value(QStringLiteral("results")).toArray().size(), 1);
        const QJsonObject error = body.value(QStringLiteral("errors")).toArray().at(0).toObject();
        QCOMPARE(error.value(QStringLiteral("context"))
                     .toObject()
                     .value(QStringLiteral("objectWriteTraceId"))
                     .toArray(),
                 QJsonArray{QStringLiteral("t2")});
        QCOMPARE(m_server->hubspot().contacts().records.size(), 2);
    }

    void readByEmailAndBatchReadMultiStatus() {
        const qint64 id =
            m_server->hubspot().seedContact({{QStringLiteral("email"), QStringLiteral("jane@acme.com")},
                                             {QStringLiteral("firstname"), QStringLiteral("Jane")}});
        const SandboxReply one =
            m_client->send("GET", QStringLiteral("/crm/v3/objects/contacts/jane%40acme.com?idProperty=email"),
                           {}, bearer(kToken));
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json().object().value(QStringLiteral("id")).toString(), QString::number(id));
        QCOMPARE(one.json()
                     .object()
                     .value(QStringLiteral("properties"))
                     .toObject()
                     .value(QStringLiteral("firstname"))
                     .toString(),
                 QStringLiteral("Jane"));

        const SandboxReply missing = m_client->send(
            "GET", QStringLiteral("/crm/v3/objects/contacts/nobody%40acme.com?idProperty=email"), {},
            bearer(kToken));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json().object().value(QStringLiteral("category")).toString(),
                 QStringLiteral("OBJECT_NOT_FOUND"));

        const SandboxReply batch = m_client->send(
            "POST", QStringLiteral("/crm/v3/objects/contacts/batch/read"),
            toJson({{QStringLiteral("idProperty"), QStringLiteral("email")},
                    {QStringLiteral("properties"), QJsonArray{QStringLiteral("email")}},
                    {QStringLiteral("inputs"),
                     QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("jane@acme.com")}},
                                QJsonObject{{QStringLiteral("id"), QStringLiteral("nobody@acme.com")}}}}}),
            bearer(kToken));
        QCOMPARE(batch.status, 207);
        const QJsonObject error =
            batch.json().object().value(QStringLiteral("errors")).toArray().at(0).toObject();
        QCOMPARE(error.value(QStringLiteral("category")).toString(), QStringLiteral("OBJECT_NOT_FOUND"));
        QCOMPARE(error.value(QStringLiteral("context")).toObject().value(QStringLiteral("ids")).toArray(),
                 QJsonArray{QStringLiteral("nobody@acme.com")});
    }

    void searchByEmailHonoursTheIndexingDelay() {
        m_server->hubspot().config().searchIndexDelayMs = 1000;
        m_server->hubspot().seedContact({{QStringLiteral("email"), QStringLiteral("jane@acme.com")}});
        const QByteArray query = toJson(
            {{QStringLiteral("filterGroups"),
              QJsonArray{QJsonObject{
                  {QStringLiteral("filters"),
                   QJsonArray{QJsonObject{{QStringLiteral("propertyName"), QStringLiteral("email")},
                                          {QStringLiteral("operator"), QStringLiteral("EQ")},
                                          {QStringLiteral("value"), QStringLiteral("JANE@acme.com")}}}}}}},
             {QStringLiteral("limit"), 10}});
        const SandboxReply early =
            m_client->send("POST", QStringLiteral("/crm/v3/objects/contacts/search"), query, bearer(kToken));
        QCOMPARE(early.status, 200);
        QCOMPARE(early.json().object().value(QStringLiteral("total")).toInt(), 0);
        QVERIFY(early.header("X-HubSpot-RateLimit-Remaining").isEmpty()); // search carries no limit headers
        QTest::qWait(1100);
        const SandboxReply late =
            m_client->send("POST", QStringLiteral("/crm/v3/objects/contacts/search"), query, bearer(kToken));
        QCOMPARE(late.json().object().value(QStringLiteral("total")).toInt(), 1);
        QCOMPARE(late.json()
                     .object()
                     .value(QStringLiteral("results"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("properties"))
                     .toObject()
                     .value(QStringLiteral("email"))
                     .toString(),
                 QStringLiteral("jane@acme.com"));
    }

    void companiesUpsertByDomainAndAssociateV4() {
        const QByteArray byDomain =
            inputs({QJsonObject{{QStringLiteral("idProperty"), QStringLiteral("domain")},
                                {QStringLiteral("id"), QStringLiteral("acme.com")}}});
        // A company's domain is not unique in HubSpot: no upsert by it, unless the portal made it so.
        const SandboxReply refused = m_client->send(
            "POST", QStringLiteral("/crm/v3/objects/companies/batch/upsert"), byDomain, bearer(kToken));
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.json()
                    .object()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("non-unique 0-2 property domain")));
        m_server->hubspot().config().companyDomainUnique = true;
        const SandboxReply company = m_client->send(
            "POST", QStringLiteral("/crm/v3/objects/companies/batch/upsert"),
            inputs({QJsonObject{{QStringLiteral("idProperty"), QStringLiteral("domain")},
                                {QStringLiteral("id"), QStringLiteral("acme.com")},
                                {QStringLiteral("properties"),
                                 QJsonObject{{QStringLiteral("name"), QStringLiteral("Acme")}}}}}),
            bearer(kToken));
        QCOMPARE(company.status, 200);
        const QString companyId = company.json()
                                      .object()
                                      .value(QStringLiteral("results"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QStringLiteral("id"))
                                      .toString();
        const qint64 contactId =
            m_server->hubspot().seedContact({{QStringLiteral("email"), QStringLiteral("j@acme.com")}});
        const QString path = QStringLiteral("/crm/v4/objects/contacts/%1/associations/default/companies/%2")
                                 .arg(contactId)
                                 .arg(companyId);
        const SandboxReply link = m_client->send("PUT", path, {}, bearer(kToken));
        QCOMPARE(link.status, 200);
        QCOMPARE(link.json()
                     .object()
                     .value(QStringLiteral("results"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("associationSpec"))
                     .toObject()
                     .value(QStringLiteral("associationTypeId"))
                     .toInt(),
                 279);
        QCOMPARE(m_client->send("PUT", path, {}, bearer(kToken)).status, 200); // idempotent
        QCOMPARE(m_server->hubspot().associationCount(), 1);
        QCOMPARE(m_server->hubspot().associationTypes(contactId, companyId.toLongLong()), QSet<int>{279});

        const SandboxReply list = m_client->send(
            "GET", QStringLiteral("/crm/v4/objects/companies/%1/associations/contacts").arg(companyId), {},
            bearer(kToken));
        QCOMPARE(list.status, 200);
        const QJsonObject entry =
            list.json().object().value(QStringLiteral("results")).toArray().at(0).toObject();
        QCOMPARE(entry.value(QStringLiteral("toObjectId")).toInteger(), contactId);
        QCOMPARE(entry.value(QStringLiteral("associationTypes"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("typeId"))
                     .toInt(),
                 280);
    }

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_client;
};

QTEST_GUILESS_MAIN(TestHubSpotSimulator)
#include "tst_hubspotsimulator.moc"
