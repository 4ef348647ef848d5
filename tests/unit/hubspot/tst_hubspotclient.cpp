#include "../net/fakenetwork.h"
#include "hubspot/hubspotclient.h"
#include "hubspot/hubspotparser.h"
#include "net/httpclient.h"
#include "net/ratelimiter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace prospector;
using namespace prospector::hubspot;
using net::ApiErrorKind;
using net::ApiResult;
using test::FakeResponse;

namespace {

struct Harness {
    net::VirtualClock clock;
    test::FakeNetwork network;
    net::HttpClient http{net::ServiceEndpoint{net::Service::HubSpot,
                                              QUrl(QStringLiteral("http://127.0.0.1:9/")),
                                              [] {
                                                  return QStringLiteral("pat-na1-test-token-000");
                                              }},
                         &network, &clock};
    HubSpotClient client{&http};

    template <typename T, typename Fn>
    ApiResult<T> run(Fn start) {
        ApiResult<T> out;
        bool done = false;
        QObject ctx;
        start(&ctx, [&](const ApiResult<T> &r) {
            out = r;
            done = true;
        });
        if (!test::runUntil(clock, [&] { return done; }))
            qWarning("no result");
        return out;
    }
    QJsonObject sentBody(int i = 0) const {
        return QJsonDocument::fromJson(network.requests.at(i).body).object();
    }
};

QList<UpsertInput> contacts(int n) {
    QList<UpsertInput> out;
    for (int i = 0; i < n; ++i)
        out.append(
            {QStringLiteral("p%1@acme.com").arg(i), {{QStringLiteral("firstname"), QStringLiteral("P")}}});
    return out;
}

} // namespace

// Test bodies live outside the class: moc cannot tokenize the JSON raw strings they contain.
class TestHubSpotClient : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void upsertContactsRequestShape();
    void upsertContactsParsesResults();
    void upsertMultiStatus207();
    void batchLimitIsEnforcedLocally();
    void duplicateEmailsRefusedLocally();
    void createContactConflictGivesExistingId();
    void batchCreate409ConflictWholeBatch();
    void upsertCompaniesByDomain();
    void createCompaniesIsNotResent();
    void associateContactWithCompany();
    void searchByEmailUsesSearchBucket();
    void getByEmail();
    void getByEmailNotFound();
    void malformedBodies_data();
    void malformedBodies();
};

void TestHubSpotClient::upsertContactsRequestShape() {
    Harness h;
    h.network.enqueue(
        FakeResponse::json(200, R"({"status":"COMPLETE","results":[],"startedAt":"x","completedAt":"y"})"));
    QList<UpsertInput> in = {{QStringLiteral("luke@lukesdiner.com"),
                              {{QStringLiteral("phone"), QStringLiteral("5555555555")},
                               {QStringLiteral("firstname"), QStringLiteral("Luke")}}}};
    h.run<BatchResult>([&](QObject *ctx, auto cb) { h.client.upsertContactsByEmail(in, ctx, cb); });
    QCOMPARE(h.network.requests.size(), 1);
    const auto &sent = h.network.requests.at(0);
    QCOMPARE(sent.method, QByteArray("POST"));
    QCOMPARE(sent.url.path(), QStringLiteral("/crm/v3/objects/contacts/batch/upsert"));
    QCOMPARE(sent.header("Authorization"), QByteArray("Bearer pat-na1-test-token-000"));
    const QJsonObject expected =
        QJsonDocument::fromJson(
            R"({"inputs":[{"idProperty":"email","id":"luke@lukesdiner.com","properties":{"phone":"5555555555","firstname":"Luke"}}]})")
            .object();
    QCOMPARE(h.sentBody(), expected);
}

void TestHubSpotClient::upsertContactsParsesResults() {
    Harness h;
    h.network.enqueue(FakeResponse::json(200, R"({"status":"COMPLETE",
 "results":[{"id":"151","new":false,"properties":{"email":"luke@lukesdiner.com","phone":"5555555555","hs_object_id":"151"},"createdAt":"2023-01-02T10:00:00.000Z","updatedAt":"2024-08-15T17:09:13.648Z","archived":false},
            {"id":"152","new":true,"properties":{"email":"lorelai@thedragonfly.com","phone":null,"hs_object_id":"152"},"createdAt":"2024-08-15T17:09:13.648Z","updatedAt":"2024-08-15T17:09:13.648Z","archived":false}],
 "startedAt":"2024-08-15T17:09:13.610Z","completedAt":"2024-08-15T17:09:13.910Z"})"));
    const auto r = h.run<BatchResult>(
        [&](QObject *ctx, auto cb) { h.client.upsertContactsByEmail(contacts(2), ctx, cb); });
    QVERIFY(r.ok());
    QCOMPARE(r.value.results.size(), 2);
    QCOMPARE(r.value.results.at(0).id, QStringLiteral("151"));
    QCOMPARE(r.value.results.at(0).isNew, false);
    QCOMPARE(r.value.results.at(1).isNew, true);
    QCOMPARE(r.value.results.at(1).properties.value(QStringLiteral("email")),
             QStringLiteral("lorelai@thedragonfly.com"));
    QCOMPARE(r.value.results.at(1).properties.value(QStringLiteral("phone")), QString());
    QVERIFY(!r.value.multiStatus);
}

void TestHubSpotClient::upsertMultiStatus207() {
    Harness h;
    h.network.enqueue(FakeResponse::json(207, R"({"status":"COMPLETE",
 "results":[{"id":"1145814089","properties":{"hs_object_id":"1145814089"},"createdAt":"2024-08-15T17:09:13.648Z","updatedAt":"2024-08-15T17:09:13.648Z","archived":false}],
 "numErrors":2,
 "errors":[{"status":"error","category":"VALIDATION_ERROR","message":"Property values were not valid: [...]","context":{"objectWriteTraceId":["549b1c2a9351"]}},
           {"status":"error","category":"OBJECT_NOT_FOUND","message":"Could not get some CONTACT objects, they may be deleted or not exist. Check that ids are valid.","context":{"ids":["nobody@acme.com"]}}],
 "startedAt":"2024-08-15T17:09:13.610Z","completedAt":"2024-08-15T17:09:13.910Z"})"));
    const auto r = h.run<BatchResult>(
        [&](QObject *ctx, auto cb) { h.client.upsertContactsByEmail(contacts(3), ctx, cb); });
    QVERIFY(r.ok());
    QVERIFY(r.value.multiStatus);
    QCOMPARE(r.value.results.size(), 1);
    QCOMPARE(r.value.errors.size(), 2);
    QCOMPARE(r.value.errors.at(0).category, QStringLiteral("VALIDATION_ERROR"));
    QCOMPARE(r.value.errors.at(0).objectWriteTraceId, QStringLiteral("549b1c2a9351"));
    QCOMPARE(r.value.errors.at(1).ids, QStringList{QStringLiteral("nobody@acme.com")});
}

void TestHubSpotClient::batchLimitIsEnforcedLocally() {
    Harness h;
    h.network.setResponder(
        [](const auto &) { return FakeResponse::json(200, R"({"status":"COMPLETE","results":[]})"); });
    auto r = h.run<BatchResult>(
        [&](QObject *ctx, auto cb) { h.client.upsertContactsByEmail(contacts(101), ctx, cb); });
    QCOMPARE(r.error.kind, ApiErrorKind::Validation);
    r = h.run<BatchResult>([&](QObject *ctx, auto cb) { h.client.upsertContactsByEmail({}, ctx, cb); });
    QCOMPARE(r.error.kind, ApiErrorKind::Validation);
    QCOMPARE(h.network.requests.size(), 0);
    r = h.run<BatchResult>(
        [&](QObject *ctx, auto cb) { h.client.upsertContactsByEmail(contacts(100), ctx, cb); });
    QVERIFY(r.ok());
    QCOMPARE(h.sentBody().value(QStringLiteral("inputs")).toArray().size(), 100);
}

void TestHubSpotClient::duplicateEmailsRefusedLocally() {
    Harness h;
    QList<UpsertInput> in = contacts(2);
    in[1].id = QStringLiteral("P0@ACME.com");
    const auto r =
        h.run<BatchResult>([&](QObject *ctx, auto cb) { h.client.upsertContactsByEmail(in, ctx, cb); });
    QCOMPARE(r.error.kind, ApiErrorKind::Validation);
    QVERIFY(h.network.requests.isEmpty());
}

void TestHubSpotClient::createContactConflictGivesExistingId() {
    Harness h;
    h.network.enqueue(FakeResponse::json(
        409,
        R"({"status":"error","message":"Contact already exists. Existing ID: 37765128953","correlationId":"2dea5219-07f2-40ce-82ec-9c2e302317a4","category":"CONFLICT"})"));
    const auto r = h.run<CrmObject>([&](QObject *ctx, auto cb) {
        h.client.createContact({{QStringLiteral("email"), QStringLiteral("jane@acme.com")}}, ctx, cb);
    });
    QCOMPARE(r.error.kind, ApiErrorKind::Conflict);
    QCOMPARE(r.value.id, QStringLiteral("37765128953"));
    QCOMPARE(r.error.correlationId, QStringLiteral("2dea5219-07f2-40ce-82ec-9c2e302317a4"));
    QCOMPARE(h.network.requests.size(), 1); // 409 is never retried
    QCOMPARE(h.network.requests.at(0).url.path(), QStringLiteral("/crm/v3/objects/contacts"));
}

void TestHubSpotClient::batchCreate409ConflictWholeBatch() {
    QCOMPARE(HubSpotParser::existingId(QStringLiteral("Contact already exists. Existing ID: 42")),
             QStringLiteral("42"));
    QCOMPARE(HubSpotParser::existingId(QStringLiteral("Contact already exists.")), QString());
    Harness h;
    h.network.enqueue(FakeResponse::json(
        409,
        R"({"status":"error","message":"Contact already exists. Existing ID: 9","category":"CONFLICT"})"));
    const auto r = h.run<BatchResult>([&](QObject *ctx, auto cb) {
        h.client.createCompanies({{{QStringLiteral("domain"), QStringLiteral("acme.com")}}}, ctx, cb);
    });
    QCOMPARE(r.error.kind, ApiErrorKind::Conflict);
    QCOMPARE(HubSpotParser::existingId(r.error.serverMessage), QStringLiteral("9"));
}

void TestHubSpotClient::upsertCompaniesByDomain() {
    Harness h;
    h.network.enqueue(FakeResponse::json(
        200,
        R"({"status":"COMPLETE","results":[{"id":"9001","new":true,"properties":{"domain":"acme.com","name":"Acme"}}]})"));
    const QList<UpsertInput> in = {
        {QStringLiteral("acme.com"), {{QStringLiteral("name"), QStringLiteral("Acme")}}}};
    const auto r = h.run<BatchResult>(
        [&](QObject *ctx, auto cb) { h.client.upsertCompanies(in, QStringLiteral("domain"), ctx, cb); });
    QVERIFY(r.ok());
    QCOMPARE(r.value.results.at(0).id, QStringLiteral("9001"));
    QCOMPARE(h.network.requests.at(0).url.path(), QStringLiteral("/crm/v3/objects/companies/batch/upsert"));
    const QJsonObject input = h.sentBody().value(QStringLiteral("inputs")).toArray().at(0).toObject();
    QCOMPARE(input.value(QStringLiteral("idProperty")).toString(), QStringLiteral("domain"));
    QCOMPARE(input.value(QStringLiteral("id")).toString(), QStringLiteral("acme.com"));
}

void TestHubSpotClient::createCompaniesIsNotResent() {
    Harness h;
    h.network.setResponder([](const auto &) { return FakeResponse::json(502, "<html>bad gateway</html>"); });
    const auto r = h.run<BatchResult>([&](QObject *ctx, auto cb) {
        h.client.createCompanies({{{QStringLiteral("domain"), QStringLiteral("acme.com")}}}, ctx, cb);
    });
    QCOMPARE(r.error.kind, ApiErrorKind::Server);
    QCOMPARE(h.network.requests.size(), 1);
    QCOMPARE(h.network.requests.at(0).url.path(), QStringLiteral("/crm/v3/objects/companies/batch/create"));
    const QJsonObject input = h.sentBody().value(QStringLiteral("inputs")).toArray().at(0).toObject();
    QCOMPARE(input.value(QStringLiteral("properties")).toObject().value(QStringLiteral("domain")).toString(),
             QStringLiteral("acme.com"));
}

void TestHubSpotClient::associateContactWithCompany() {
    Harness h;
    h.network.enqueue(FakeResponse::json(
        200,
        R"({"status":"COMPLETE","results":[{"from":{"id":"151"},"to":{"id":"9001"},"associationSpec":{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":279}}],"startedAt":"a","completedAt":"b"})"));
    const auto r = h.run<QList<Association>>([&](QObject *ctx, auto cb) {
        h.client.associateContactWithCompany(QStringLiteral("151"), QStringLiteral("9001"), ctx, cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(r.value.size(), 1);
    QCOMPARE(r.value.at(0).associationTypeId, 279);
    const auto &sent = h.network.requests.at(0);
    QCOMPARE(sent.method, QByteArray("PUT"));
    QCOMPARE(sent.url.path(),
             QStringLiteral("/crm/v4/objects/contact/151/associations/default/company/9001"));
    QVERIFY(sent.body.isEmpty());
}

void TestHubSpotClient::searchByEmailUsesSearchBucket() {
    Harness h;
    net::RateLimiter general(QStringLiteral("hs"), net::RateLimit{1, 10000, 0}, &h.clock);
    net::RateLimiter search(QStringLiteral("hs-search"), net::RateLimit::hubSpotSearch(), &h.clock);
    h.http.setRateLimiter(QStringLiteral("default"), &general);
    h.http.setRateLimiter(QStringLiteral("search"), &search);
    h.network.setResponder([](const auto &) {
        return FakeResponse::json(
            200,
            R"({"total":1,"results":[{"id":"5349","properties":{"email":"jane@acme.com","firstname":"Jane"},"createdAt":"x","updatedAt":"y","archived":false}],"paging":{"next":{"after":"1"}}})");
    });
    QList<qint64> times;
    QObject ctx;
    for (int i = 0; i < 7; ++i)
        h.client.searchContactsByEmail(QStringLiteral("jane@acme.com"), {QStringLiteral("email")}, &ctx,
                                       [&](const ApiResult<SearchPage> &r) {
                                           QVERIFY(r.ok());
                                           QCOMPARE(r.value.results.at(0).id, QStringLiteral("5349"));
                                           QCOMPARE(r.value.nextAfter, QStringLiteral("1"));
                                           times.append(h.clock.nowMs());
                                       });
    QVERIFY(test::runUntil(h.clock, [&] { return times.size() == 7; }));
    QCOMPARE(times.count(0), 5); // 5 / s on the search bucket, untouched by the 1 / 10 s general one
    QCOMPARE(times.last(), qint64(1000));
    const QJsonObject body = h.sentBody();
    const QJsonObject filter = body.value(QStringLiteral("filterGroups"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("filters"))
                                   .toArray()
                                   .at(0)
                                   .toObject();
    QCOMPARE(filter.value(QStringLiteral("propertyName")).toString(), QStringLiteral("email"));
    QCOMPARE(filter.value(QStringLiteral("operator")).toString(), QStringLiteral("EQ"));
    QCOMPARE(filter.value(QStringLiteral("value")).toString(), QStringLiteral("jane@acme.com"));
    QCOMPARE(h.network.requests.at(0).url.path(), QStringLiteral("/crm/v3/objects/contacts/search"));
}

void TestHubSpotClient::getByEmail() {
    Harness h;
    h.network.enqueue(FakeResponse::json(
        200,
        R"({"id":"512","properties":{"email":"jane+x@acme.com","firstname":"Jane"},"createdAt":"a","updatedAt":"b","archived":false})"));
    const auto r = h.run<CrmObject>([&](QObject *ctx, auto cb) {
        h.client.getContactByEmail(QStringLiteral("jane+x@acme.com"),
                                   {QStringLiteral("email"), QStringLiteral("firstname")}, ctx, cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(r.value.id, QStringLiteral("512"));
    const QUrl url = h.network.requests.at(0).url;
    QCOMPARE(url.path(QUrl::FullyEncoded), QStringLiteral("/crm/v3/objects/contacts/jane%2Bx%40acme.com"));
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("idProperty")), QStringLiteral("email"));
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("properties")), QStringLiteral("email,firstname"));
}

void TestHubSpotClient::getByEmailNotFound() {
    Harness h;
    h.network.enqueue(FakeResponse::json(
        404,
        R"({"status":"error","message":"Object not found.","correlationId":"c","category":"OBJECT_NOT_FOUND"})"));
    const auto r = h.run<CrmObject>(
        [&](QObject *ctx, auto cb) { h.client.getContactByEmail(QStringLiteral("x@y.com"), {}, ctx, cb); });
    QCOMPARE(r.error.kind, ApiErrorKind::NotFound);
    QCOMPARE(r.error.remoteCategory, QStringLiteral("OBJECT_NOT_FOUND"));
}

void TestHubSpotClient::malformedBodies_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("truncated") << QByteArray(R"({"status":"COMPLETE","results":[{"id":"1","prop)");
    QTest::newRow("html") << QByteArray("<!DOCTYPE html><html><body>Cloudflare</body></html>");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("array root") << QByteArray("[1,2]");
    QTest::newRow("results wrong type") << QByteArray(R"({"status":"COMPLETE","results":{"id":"1"}})");
    QTest::newRow("results missing") << QByteArray(R"({"status":"COMPLETE"})");
    QTest::newRow("result without id") << QByteArray(R"({"results":[{"properties":{}}]})");
    QTest::newRow("id wrong type") << QByteArray(R"({"results":[{"id":{"x":1},"properties":{}}]})");
    QTest::newRow("properties wrong type") << QByteArray(R"({"results":[{"id":"1","properties":"x"}]})");
    QTest::newRow("errors wrong type") << QByteArray(R"({"results":[],"errors":"x"})");
}

void TestHubSpotClient::malformedBodies() {
    QFETCH(QByteArray, body);
    Harness h;
    h.network.enqueue(FakeResponse::json(200, body));
    const auto r = h.run<BatchResult>(
        [&](QObject *ctx, auto cb) { h.client.upsertContactsByEmail(contacts(1), ctx, cb); });
    QCOMPARE(r.error.kind, ApiErrorKind::MalformedResponse);
    QCOMPARE(h.network.requests.size(), 1); // a malformed 200 is not retried (the write happened)
}

QTEST_GUILESS_MAIN(TestHubSpotClient)
#include "tst_hubspotclient.moc"
