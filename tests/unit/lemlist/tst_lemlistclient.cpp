#include "../net/fakenetwork.h"
#include "lemlist/lemlistclient.h"
#include "net/httpclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace prospector;
using namespace prospector::lemlist;
using net::ApiErrorKind;
using net::ApiResult;
using test::FakeResponse;

namespace {

const QString kKey = QStringLiteral("lemlist-key-0123456789");

struct Harness {
    net::VirtualClock clock;
    test::FakeNetwork network;
    net::HttpClient http{net::ServiceEndpoint{net::Service::Lemlist,
                                              QUrl(QStringLiteral("http://localhost:9/api")),
                                              [] {
                                                  return kKey;
                                              }},
                         &network, &clock};
    LemlistClient client{&http};

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
    QUrlQuery query(int i = 0) const { return QUrlQuery(network.requests.at(i).url); }
};

} // namespace

// Test bodies live outside the class: moc cannot tokenize the JSON raw strings they contain.
class TestLemlistClient : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void basicAuthWithEmptyUser();
    void listCampaignsArrayShape();
    void listCampaignsWrappedShape();
    void addLeadRequestShape();
    void addLeadParsesResponse();
    void addLeadAlreadyInCampaignIsSuccess();
    void addLeadInOtherCampaignIsConflict();
    void addLeadIsNeverResent();
    void getLeadByEmail();
    void getLeadNotFoundIsEmpty();
    void getLeadBadKeyIsAnError();
    void pauseLead();
    void unsubscribeLead();
    void activitiesPaging();
    void malformedBodies_data();
    void malformedBodies();
};

void TestLemlistClient::basicAuthWithEmptyUser() {
    Harness h;
    h.network.enqueue(FakeResponse::json(200, "[]"));
    h.run<CampaignPage>([&](QObject *ctx, auto cb) { h.client.listCampaigns(0, 100, ctx, cb); });
    QCOMPARE(h.network.requests.at(0).header("Authorization"),
             "Basic " + QByteArray(":" + kKey.toUtf8()).toBase64());
}

void TestLemlistClient::listCampaignsArrayShape() {
    Harness h;
    h.network.enqueue(FakeResponse::json(
        200,
        R"([{"_id":"cam_4HrZbi8xsez4QlrnL","name":"Product Launch Campaign","emoji":"x","labels":[],"createdAt":"2025-02-20T14:45:54.230Z","createdBy":"usr_zdTCrNFyXblc4mrYK","status":"running","hasError":true,"errors":["Your campaign does not have sender."]},
 {"_id":"cam_yZXeC6q3SXs3ha1FI","name":"Customer Onboarding","labels":[],"createdAt":"2022-06-14T13:32:57.880Z","createdBy":"usr_i52PiQtbq8SucjVTM","status":"running"}])"));
    const auto r =
        h.run<CampaignPage>([&](QObject *ctx, auto cb) { h.client.listCampaigns(100, 2, ctx, cb); });
    QVERIFY(r.ok());
    QCOMPARE(r.value.campaigns.size(), 2);
    QCOMPARE(r.value.campaigns.at(0).id, QStringLiteral("cam_4HrZbi8xsez4QlrnL"));
    QCOMPARE(r.value.campaigns.at(1).name, QStringLiteral("Customer Onboarding"));
    QVERIFY(r.value.mayHaveMore); // a full page
    QCOMPARE(h.network.requests.at(0).url.path(), QStringLiteral("/api/campaigns"));
    QCOMPARE(h.query().queryItemValue(QStringLiteral("version")), QStringLiteral("v2"));
    QCOMPARE(h.query().queryItemValue(QStringLiteral("offset")), QStringLiteral("100"));
    QCOMPARE(h.query().queryItemValue(QStringLiteral("limit")), QStringLiteral("2"));
}

void TestLemlistClient::listCampaignsWrappedShape() {
    Harness h;
    h.network.enqueue(FakeResponse::json(
        200,
        R"({"campaigns":[{"_id":"cam_a","name":"A","status":"draft"}],"pagination":{"totalRecords":1,"currentPage":1,"nextPage":null,"totalPage":1}})"));
    auto r = h.run<CampaignPage>([&](QObject *ctx, auto cb) { h.client.listCampaigns(0, 100, ctx, cb); });
    QVERIFY(r.ok());
    QCOMPARE(r.value.campaigns.size(), 1);
    QCOMPARE(r.value.campaigns.at(0).status, QStringLiteral("draft"));
    QVERIFY(!r.value.mayHaveMore);
    h.network.enqueue(FakeResponse::json(
        200,
        R"({"campaigns":[{"_id":"cam_a","name":"A"}],"pagination":{"totalRecords":150,"currentPage":1,"nextPage":2,"totalPage":2}})"));
    r = h.run<CampaignPage>([&](QObject *ctx, auto cb) { h.client.listCampaigns(0, 100, ctx, cb); });
    QVERIFY(r.value.mayHaveMore);
}

void TestLemlistClient::addLeadRequestShape() {
    Harness h;
    h.network.enqueue(FakeResponse::json(200, R"({"_id":"lea_1","email":"richard@piedpiper.com"})"));
    LeadInput lead;
    lead.email = QStringLiteral("richard@piedpiper.com");
    lead.firstName = QStringLiteral("Richard");
    lead.companyName = QStringLiteral("Piedpiper");
    lead.icebreaker = QStringLiteral("Loved your compression talk");
    lead.variables = {{QStringLiteral("customVariable1"), QStringLiteral("any value")},
                      {QStringLiteral("email"), QStringLiteral("attacker@evil.test")}};
    h.run<AddLeadOutcome>([&](QObject *ctx, auto cb) {
        h.client.addLeadToCampaign(QStringLiteral("cam_bSn8EORHQxbWPjHvu"), lead, true, ctx, cb);
    });
    const auto &sent = h.network.requests.at(0);
    QCOMPARE(sent.method, QByteArray("POST"));
    QCOMPARE(sent.url.path(), QStringLiteral("/api/campaigns/cam_bSn8EORHQxbWPjHvu/leads/"));
    QCOMPARE(h.query().queryItemValue(QStringLiteral("deduplicate")), QStringLiteral("true"));
    const QJsonObject expected =
        QJsonDocument::fromJson(
            R"({"email":"richard@piedpiper.com","firstName":"Richard","companyName":"Piedpiper","icebreaker":"Loved your compression talk","customVariable1":"any value"})")
            .object();
    QCOMPARE(QJsonDocument::fromJson(sent.body).object(), expected);
}

void TestLemlistClient::addLeadParsesResponse() {
    Harness h;
    h.network.enqueue(FakeResponse::json(
        200,
        R"({"campaignId":"cam_bSn8EORHQxbWPjHvu","campaignName":"Campaign1","leadUrl":"https:\/\/api.lemlist.com\/api\/leads\/richard%40piedpiper.com",
 "_id":"lea_fiDpiGV585wy3Oii2","isPaused":false,"contactId":"ctc_xW8Ou6C03Csv8vatp",
 "email":"richard@piedpiper.com","firstName":"Richard","lastName":"Hendricks","companyName":"Piedpiper","jobTitle":"CEO","companyDomain":"piedpiper.com"})"));
    LeadInput lead;
    lead.email = QStringLiteral("richard@piedpiper.com");
    const auto r = h.run<AddLeadOutcome>([&](QObject *ctx, auto cb) {
        h.client.addLeadToCampaign(QStringLiteral("cam_bSn8EORHQxbWPjHvu"), lead, false, ctx, cb);
    });
    QVERIFY(r.ok());
    QVERIFY(!r.value.alreadyInCampaign);
    QCOMPARE(r.value.lead.id, QStringLiteral("lea_fiDpiGV585wy3Oii2"));
    QCOMPARE(r.value.lead.contactId, QStringLiteral("ctc_xW8Ou6C03Csv8vatp"));
    QCOMPARE(r.value.lead.campaignName, QStringLiteral("Campaign1"));
    QVERIFY(!h.query().hasQueryItem(QStringLiteral("deduplicate")));
}

void TestLemlistClient::addLeadAlreadyInCampaignIsSuccess() {
    Harness h;
    h.network.enqueue(FakeResponse::text(400, "Lead already in the campaign"));
    LeadInput lead;
    lead.email = QStringLiteral("a@b.com");
    const auto r = h.run<AddLeadOutcome>([&](QObject *ctx, auto cb) {
        h.client.addLeadToCampaign(QStringLiteral("cam_x"), lead, false, ctx, cb);
    });
    QVERIFY(r.ok());
    QVERIFY(r.value.alreadyInCampaign);
    QCOMPARE(r.value.lead.email, QStringLiteral("a@b.com"));
    QCOMPARE(r.value.lead.campaignId, QStringLiteral("cam_x"));
}

void TestLemlistClient::addLeadInOtherCampaignIsConflict() {
    for (int status : {500, 409}) {
        Harness h;
        h.network.setResponder(
            [status](const auto &) { return FakeResponse::text(status, "Lead already in other campaign"); });
        LeadInput lead;
        lead.email = QStringLiteral("a@b.com");
        const auto r = h.run<AddLeadOutcome>([&](QObject *ctx, auto cb) {
            h.client.addLeadToCampaign(QStringLiteral("cam_x"), lead, true, ctx, cb);
        });
        QCOMPARE(r.error.kind, ApiErrorKind::Conflict);
        QCOMPARE(r.error.remoteCategory, QStringLiteral("LEAD_IN_OTHER_CAMPAIGN"));
        QCOMPARE(h.network.requests.size(), 1); // the 500 variant is not retried either
    }
}

void TestLemlistClient::addLeadIsNeverResent() {
    Harness h;
    h.network.setResponder(
        [](const auto &) { return FakeResponse::failure(QNetworkReply::RemoteHostClosedError); });
    LeadInput lead;
    lead.email = QStringLiteral("a@b.com");
    const auto r = h.run<AddLeadOutcome>([&](QObject *ctx, auto cb) {
        h.client.addLeadToCampaign(QStringLiteral("cam_x"), lead, false, ctx, cb);
    });
    QCOMPARE(r.error.kind, ApiErrorKind::Network);
    QCOMPARE(h.network.requests.size(), 1);
    // ...but a 429 (certainly not processed) is retried after Retry-After.
    Harness h2;
    h2.network.enqueue(FakeResponse::text(429, "Too many requests").withHeader("Retry-After", "2"));
    h2.network.enqueue(FakeResponse::json(200, R"({"_id":"lea_1","email":"a@b.com"})"));
    const auto r2 = h2.run<AddLeadOutcome>([&](QObject *ctx, auto cb) {
        h2.client.addLeadToCampaign(QStringLiteral("cam_x"), lead, false, ctx, cb);
    });
    QVERIFY(r2.ok());
    QCOMPARE(h2.network.requests.size(), 2);
}

void TestLemlistClient::getLeadByEmail() {
    Harness h;
    h.network.enqueue(FakeResponse::json(
        200,
        R"([{"_id":"lea_fiDpiGV585wy3Oii2","updatedAt":"2025-10-28T00:40:39.230Z","isPaused":false,"state":"scanned","status":"review",
  "personalized":false,"source":"api","variables":{"firstName":"John","lastName":"Doe","email":"support@lemlist.com","companyName":"lemlist"},
  "contactId":"ctc_xW8Ou6C03Csv8vatp","enrichment":{"emailStatus":"deliverable"},
  "campaign":{"id":"cam_bSn8EORHQxbWPjHvu","name":"NEW TO DELETE","status":"draft"},"sendingUser":{}}])"));
    const auto r = h.run<QList<Lead>>([&](QObject *ctx, auto cb) {
        h.client.getLeadByEmail(QStringLiteral("support+x@lemlist.com"), ctx, cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(r.value.size(), 1);
    QCOMPARE(r.value.at(0).email, QStringLiteral("support@lemlist.com"));
    QCOMPARE(r.value.at(0).campaignId, QStringLiteral("cam_bSn8EORHQxbWPjHvu"));
    QCOMPARE(r.value.at(0).state, QStringLiteral("scanned"));
    QCOMPARE(h.network.requests.at(0).url.path(QUrl::FullyEncoded),
             QStringLiteral("/api/leads/support%2Bx%40lemlist.com"));
    QCOMPARE(h.query().queryItemValue(QStringLiteral("version")), QStringLiteral("v2"));
    // The single-object form is accepted too.
    h.network.enqueue(
        FakeResponse::json(200, R"({"_id":"lea_2","email":"x@y.com","campaignId":"cam_1","isPaused":true})"));
    const auto single = h.run<QList<Lead>>(
        [&](QObject *ctx, auto cb) { h.client.getLeadByEmail(QStringLiteral("x@y.com"), ctx, cb); });
    QCOMPARE(single.value.size(), 1);
    QVERIFY(single.value.at(0).isPaused);
}

void TestLemlistClient::getLeadNotFoundIsEmpty() {
    Harness h;
    h.network.enqueue(FakeResponse::text(404, "Lead not found"));
    const auto r = h.run<QList<Lead>>(
        [&](QObject *ctx, auto cb) { h.client.getLeadByEmail(QStringLiteral("x@y.com"), ctx, cb); });
    QVERIFY(r.ok());
    QVERIFY(r.value.isEmpty());
}

void TestLemlistClient::getLeadBadKeyIsAnError() {
    // A 404 about the key must never read as "lead not found".
    Harness h;
    h.network.enqueue(FakeResponse::text(404, "No user found for this API key"));
    const auto r = h.run<QList<Lead>>(
        [&](QObject *ctx, auto cb) { h.client.getLeadByEmail(QStringLiteral("x@y.com"), ctx, cb); });
    QCOMPARE(r.error.kind, ApiErrorKind::Auth);
}

void TestLemlistClient::pauseLead() {
    Harness h;
    h.network.enqueue(FakeResponse::json(
        200, R"([{"_id":"lea_1","email":"a@b.com","campaignId":"cam_1","isPaused":true}])"));
    const auto r = h.run<QList<Lead>>([&](QObject *ctx, auto cb) {
        h.client.pauseLead(QStringLiteral("lea_1"), QStringLiteral("cam_1"), ctx, cb);
    });
    QVERIFY(r.ok());
    QVERIFY(r.value.at(0).isPaused);
    QCOMPARE(h.network.requests.at(0).method, QByteArray("POST"));
    QCOMPARE(h.network.requests.at(0).url.path(), QStringLiteral("/api/leads/pause/lea_1"));
    QCOMPARE(h.query().queryItemValue(QStringLiteral("campaignId")), QStringLiteral("cam_1"));
    h.network.enqueue(FakeResponse::text(404, "Lead not found"));
    const auto missing = h.run<QList<Lead>>(
        [&](QObject *ctx, auto cb) { h.client.pauseLead(QStringLiteral("lea_9"), {}, ctx, cb); });
    QCOMPARE(missing.error.kind, ApiErrorKind::NotFound);
}

void TestLemlistClient::unsubscribeLead() {
    Harness h;
    h.network.enqueue(FakeResponse::json(
        200,
        R"({"email":"alex.doe@example.com","_id":"lea_8RmJYElD9S5Jp2kyv","isPaused":false,"campaignId":"cam_1","contactId":"ctc_1"})"));
    const auto r = h.run<Lead>([&](QObject *ctx, auto cb) {
        h.client.unsubscribeLeadFromCampaign(QStringLiteral("cam_1"), QStringLiteral("alex.doe@example.com"),
                                             ctx, cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(r.value.id, QStringLiteral("lea_8RmJYElD9S5Jp2kyv"));
    QCOMPARE(h.network.requests.at(0).method, QByteArray("DELETE"));
    QCOMPARE(h.network.requests.at(0).url.path(QUrl::FullyEncoded),
             QStringLiteral("/api/campaigns/cam_1/leads/alex.doe%40example.com"));
}

void TestLemlistClient::activitiesPaging() {
    Harness h;
    h.network.enqueue(FakeResponse::json(
        200,
        R"([{"_id":"act_2","type":"emailsReplied","isFirst":true,"createdAt":"2025-10-27T20:20:59.696Z","leadId":"lea_1","campaignId":"cam_1","campaignName":"Unicorn","sequenceStep":1,"leadEmail":"sam@example.com"},
 {"_id":"act_1","type":"emailsReplied","createdAt":"2025-10-26T20:20:59.696Z","lead":{"_id":"lea_2","variables":{"email":"kim@example.com"}}}])"));
    ActivityQuery q;
    q.type = QStringLiteral("emailsReplied");
    q.offset = 40;
    q.limit = 2;
    auto r = h.run<ActivityPage>([&](QObject *ctx, auto cb) { h.client.listActivities(q, ctx, cb); });
    QVERIFY(r.ok());
    QCOMPARE(r.value.activities.size(), 2);
    QCOMPARE(r.value.activities.at(0).id, QStringLiteral("act_2"));
    QCOMPARE(r.value.activities.at(0).sequenceStep, 1);
    QVERIFY(r.value.activities.at(0).isFirst);
    QCOMPARE(r.value.activities.at(1).leadEmail, QStringLiteral("kim@example.com"));
    QCOMPARE(r.value.nextOffset, 42);
    const QUrlQuery query = h.query();
    QCOMPARE(query.queryItemValue(QStringLiteral("version")), QStringLiteral("v2"));
    QCOMPARE(query.queryItemValue(QStringLiteral("type")), QStringLiteral("emailsReplied"));
    QCOMPARE(query.queryItemValue(QStringLiteral("offset")), QStringLiteral("40"));
    QCOMPARE(query.queryItemValue(QStringLiteral("limit")), QStringLiteral("2"));
    // A short page is the last one.
    h.network.enqueue(FakeResponse::json(200, R"([{"_id":"act_0","type":"emailsReplied"}])"));
    q.offset = 42;
    r = h.run<ActivityPage>([&](QObject *ctx, auto cb) { h.client.listActivities(q, ctx, cb); });
    QCOMPARE(r.value.nextOffset, -1);
}

void TestLemlistClient::malformedBodies_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("truncated") << QByteArray(R"([{"_id":"act_1","ty)");
    QTest::newRow("html") << QByteArray("<html><body>502</body></html>");
    QTest::newRow("object not array") << QByteArray(R"({"_id":"act_1"})");
    QTest::newRow("item not object") << QByteArray(R"(["act_1"])");
    QTest::newRow("id missing") << QByteArray(R"([{"type":"emailsReplied"}])");
    QTest::newRow("type wrong") << QByteArray(R"([{"_id":"act_1","type":["x"]}])");
}

void TestLemlistClient::malformedBodies() {
    QFETCH(QByteArray, body);
    Harness h;
    h.network.enqueue(FakeResponse::json(200, body));
    const auto r = h.run<ActivityPage>([&](QObject *ctx, auto cb) { h.client.listActivities({}, ctx, cb); });
    QCOMPARE(r.error.kind, ApiErrorKind::MalformedResponse);
}

QTEST_GUILESS_MAIN(TestLemlistClient)
#include "tst_lemlistclient.moc"
