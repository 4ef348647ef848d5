// Hostile service responses fed straight into every client response parser: truncated JSON, an HTML
// proxy page (with 200 and with 502), wrong types, missing fields, huge arrays and unexpected enum
// values. Each must give a clear outcome — a classified error with a user message, or a complete
// result with nothing dropped — and never crash or silently succeed with half the data.
#include "explorium/exploriumparser.h"
#include "hubspot/hubspotparser.h"
#include "lemlist/lemlistparser.h"
#include "net/errorclassifier.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>
#include <functional>

using namespace prospector;
using net::ApiErrorKind;
using net::Service;
using namespace Qt::StringLiterals;

namespace {

struct Outcome {
    ApiErrorKind kind = ApiErrorKind::None;
    QString userMessage;
    qsizetype items = -1; // how many records the parser returned when it succeeded
};

net::HttpResponse respond(Service service, int status, const QByteArray &body) {
    net::HttpResponse r;
    r.status = status;
    r.body = body;
    r.attempts = 1;
    if (status < 200 || status > 299) // as HttpClient does before any parser sees the response
        r.error = net::classifyHttpStatus(service, status, body, {});
    return r;
}

template <typename T>
Outcome outcome(const net::ApiResult<T> &result, qsizetype items) {
    return {result.error.kind, result.error.isError() ? result.error.userMessage() : QString(),
            result.ok() ? items : -1};
}

struct Parser {
    const char *name;
    Service service;
    std::function<Outcome(const net::HttpResponse &)> parse;
};

QList<Parser> allParsers() {
    const QJsonArray oneBusiness{QJsonObject{{QStringLiteral("name"), QStringLiteral("apple")}}};
    const QJsonArray oneProspect{QJsonObject{{QStringLiteral("email"), QStringLiteral("a@b.com")}}};
    return {
        {"hubspot.batch", Service::HubSpot,
         [](const net::HttpResponse &r) {
             const auto x = hubspot::HubSpotParser::batch(r);
             return outcome(x, x.value.results.size() + x.value.errors.size());
         }},
        {"hubspot.object", Service::HubSpot,
         [](const net::HttpResponse &r) {
             return outcome(hubspot::HubSpotParser::object(r), 1);
         }},
        {"hubspot.search", Service::HubSpot,
         [](const net::HttpResponse &r) {
             const auto x = hubspot::HubSpotParser::search(r);
             return outcome(x, x.value.results.size());
         }},
        {"hubspot.associations", Service::HubSpot,
         [](const net::HttpResponse &r) {
             const auto x = hubspot::HubSpotParser::associations(r);
             return outcome(x, x.value.size());
         }},
        {"hubspot.associatedIds", Service::HubSpot,
         [](const net::HttpResponse &r) {
             const auto x = hubspot::HubSpotParser::associatedIds(r);
             return outcome(x, x.value.size());
         }},
        {"lemlist.inbox", Service::Lemlist,
         [](const net::HttpResponse &r) {
             const auto x = lemlist::LemlistParser::inbox(r, 0, 50);
             return outcome(x, x.value.messages.size());
         }},
        {"lemlist.campaigns", Service::Lemlist,
         [](const net::HttpResponse &r) {
             const auto x = lemlist::LemlistParser::campaigns(r, 100);
             return outcome(x, x.value.campaigns.size());
         }},
        {"lemlist.addLead", Service::Lemlist,
         [](const net::HttpResponse &r) {
             return outcome(
                 lemlist::LemlistParser::addLead(r, QStringLiteral("a@b.com"), QStringLiteral("cam_1")), 1);
         }},
        {"lemlist.leads", Service::Lemlist,
         [](const net::HttpResponse &r) {
             const auto x = lemlist::LemlistParser::leads(r);
             return outcome(x, x.value.size());
         }},
        {"lemlist.lead", Service::Lemlist,
         [](const net::HttpResponse &r) {
             return outcome(lemlist::LemlistParser::lead(r), 1);
         }},
        {"lemlist.unsubscribe", Service::Lemlist,
         [](const net::HttpResponse &r) {
             return outcome(lemlist::LemlistParser::unsubscribe(r), 1);
         }},
        {"lemlist.activities", Service::Lemlist,
         [](const net::HttpResponse &r) {
             const auto x = lemlist::LemlistParser::activities(r, {});
             return outcome(x, x.value.activities.size());
         }},
        {"explorium.businessMatch", Service::Explorium,
         [oneBusiness](const net::HttpResponse &r) {
             const auto x = explorium::ExploriumParser::businessMatch(r, oneBusiness);
             return outcome(x, x.value.items.size());
         }},
        {"explorium.prospectMatch", Service::Explorium,
         [oneProspect](const net::HttpResponse &r) {
             const auto x = explorium::ExploriumParser::prospectMatch(r, oneProspect);
             return outcome(x, x.value.items.size());
         }},
        {"explorium.firmographics", Service::Explorium,
         [](const net::HttpResponse &r) {
             const auto x = explorium::ExploriumParser::firmographics(r);
             return outcome(x, x.value.records.size());
         }},
        {"explorium.contactInformation", Service::Explorium,
         [](const net::HttpResponse &r) {
             const auto x = explorium::ExploriumParser::contactInformation(r);
             return outcome(x, x.value.records.size());
         }},
        {"explorium.credits", Service::Explorium,
         [](const net::HttpResponse &r) {
             return outcome(explorium::ExploriumParser::credits(r), 1);
         }},
    };
}

QByteArray htmlErrorPage() {
    return "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad "
           "Gateway</h1></center><hr><center>nginx</center></body></html>";
}

QByteArray hugeArray(const QByteArray &element, int count) {
    QByteArray out = "[";
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            out += ',';
        out += QByteArray(element).replace("#", QByteArray::number(i));
    }
    return out + ']';
}

} // namespace

// Test bodies live outside the class: moc cannot tokenize the JSON raw strings they contain.
class TestHostileResponses : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void unusableBodiesAreMalformed_data();
    void unusableBodiesAreMalformed();
    void htmlBadGatewayIsAServerError();
    void wrongTypesAndMissingFields_data();
    void wrongTypesAndMissingFields();
    void hugeArraysAreParsedCompletely();
    void unexpectedEnumValues();
};

// Bodies no parser can use: each must say "malformed" with a message, for every parser.
void TestHostileResponses::unusableBodiesAreMalformed_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("truncated object") << QByteArray(R"({"results":[{"id":"1","propert)");
    QTest::newRow("truncated array") << QByteArray(R"([{"_id":"cam_1","name":"A"},{"_id")");
    QTest::newRow("html 200") << htmlErrorPage();
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("whitespace") << QByteArray(" \r\n\t ");
    QTest::newRow("json null") << QByteArray("null");
    QTest::newRow("json number") << QByteArray("42");
    QTest::newRow("json string") << QByteArray(R"("ok")");
    QTest::newRow("nul bytes") << QByteArray("{\"a\":\0\0\0}", 10);
    QTest::newRow("invalid utf-8") << QByteArray("{\"name\":\"\xc3\x28\xff\"}");
    QTest::newRow("deep nesting") << (QByteArray(100000, '[') + QByteArray(100000, ']'));
}

void TestHostileResponses::unusableBodiesAreMalformed() {
    QFETCH(QByteArray, body);
    for (const Parser &parser : allParsers()) {
        const Outcome o = parser.parse(respond(parser.service, 200, body));
        QVERIFY2(o.kind == ApiErrorKind::MalformedResponse,
                 qPrintable(QString::fromLatin1(parser.name) + QStringLiteral(" gave ") +
                            net::apiErrorKindName(o.kind)));
        QVERIFY2(!o.userMessage.isEmpty(), parser.name);
    }
}

// A proxy's HTML 502 page is a server error to retry later, not a malformed answer to give up on.
void TestHostileResponses::htmlBadGatewayIsAServerError() {
    for (const Parser &parser : allParsers()) {
        const Outcome o = parser.parse(respond(parser.service, 502, htmlErrorPage()));
        QVERIFY2(o.kind == ApiErrorKind::Server,
                 qPrintable(QString::fromLatin1(parser.name) + QStringLiteral(" gave ") +
                            net::apiErrorKindName(o.kind)));
        QVERIFY(!o.userMessage.isEmpty());
    }
}

void TestHostileResponses::wrongTypesAndMissingFields_data() {
    QTest::addColumn<QString>("parser");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("hubspot batch results is object") << u"hubspot.batch"_s << QByteArray(R"({"results":{}})");
    QTest::newRow("hubspot batch no results") << u"hubspot.batch"_s << QByteArray(R"({"status":"COMPLETE"})");
    QTest::newRow("hubspot object id number array")
        << u"hubspot.object"_s << QByteArray(R"({"id":[1],"properties":{}})");
    QTest::newRow("hubspot object no id") << u"hubspot.object"_s << QByteArray(R"({"properties":{}})");
    QTest::newRow("hubspot search results string")
        << u"hubspot.search"_s << QByteArray(R"({"total":1,"results":"x"})");
    QTest::newRow("hubspot association targets string")
        << u"hubspot.associatedIds"_s << QByteArray(R"({"results":[{"from":{"id":"1"},"to":"x"}]})");
    QTest::newRow("hubspot association without from")
        << u"hubspot.associatedIds"_s << QByteArray(R"({"results":[{"to":[{"toObjectId":"2"}]}]})");
    QTest::newRow("lemlist inbox message id object")
        << u"lemlist.inbox"_s << QByteArray(R"({"data":[{"_id":{"x":1},"message":"<p>hi</p>"}]})");
    QTest::newRow("lemlist inbox data of numbers") << u"lemlist.inbox"_s << QByteArray(R"({"data":[5]})");
    QTest::newRow("lemlist campaigns object without list")
        << u"lemlist.campaigns"_s << QByteArray(R"({"pagination":{}})");
    QTest::newRow("lemlist campaign id object")
        << u"lemlist.campaigns"_s << QByteArray(R"([{"_id":{"x":5},"name":"A"}])");
    QTest::newRow("lemlist lead is array of numbers") << u"lemlist.leads"_s << QByteArray("[1,2,3]");
    QTest::newRow("lemlist activities object") << u"lemlist.activities"_s << QByteArray(R"({"type":"x"})");
    QTest::newRow("explorium no response_context")
        << u"explorium.businessMatch"_s << QByteArray(R"({"matched_businesses":[]})");
    QTest::newRow("explorium matches string")
        << u"explorium.businessMatch"_s
        << QByteArray(R"({"response_context":{"request_status":"success"},"matched_businesses":"x"})");
    QTest::newRow("explorium credits counter beyond qint64")
        << u"explorium.credits"_s << QByteArray(R"({"credits_used":1e61,"credits_left":1})");
    QTest::newRow("explorium credits counter a fraction")
        << u"explorium.credits"_s << QByteArray(R"({"credits_used":0.5})");
    QTest::newRow("explorium data number")
        << u"explorium.firmographics"_s
        << QByteArray(R"({"response_context":{"request_status":"success"},"data":7})");
}

void TestHostileResponses::wrongTypesAndMissingFields() {
    QFETCH(QString, parser);
    QFETCH(QByteArray, body);
    for (const Parser &p : allParsers()) {
        if (QString::fromLatin1(p.name) != parser)
            continue;
        const Outcome o = p.parse(respond(p.service, 200, body));
        QCOMPARE(net::apiErrorKindName(o.kind), net::apiErrorKindName(ApiErrorKind::MalformedResponse));
        QVERIFY(!o.userMessage.isEmpty());
        return;
    }
    QFAIL("no such parser");
}

// Big but well-formed answers are parsed completely: nothing dropped, nothing invented.
void TestHostileResponses::hugeArraysAreParsedCompletely() {
    const int n = 50000;
    const Parser *campaigns = nullptr;
    const Parser *associations = nullptr;
    const QList<Parser> parsers = allParsers();
    for (const Parser &p : parsers) {
        if (QByteArray(p.name) == "lemlist.campaigns")
            campaigns = &p;
        if (QByteArray(p.name) == "hubspot.associations")
            associations = &p;
    }
    QVERIFY(campaigns && associations);
    Outcome o =
        campaigns->parse(respond(Service::Lemlist, 200, hugeArray(R"({"_id":"cam_#","name":"C#"})", n)));
    QCOMPARE(net::apiErrorKindName(o.kind), net::apiErrorKindName(ApiErrorKind::None));
    QCOMPARE(o.items, qsizetype(n));
    const QByteArray results =
        hugeArray(R"({"from":{"id":"#"},"to":{"id":"9#"},"associationSpec":{"associationTypeId":1}})", n);
    o = associations->parse(respond(Service::HubSpot, 200, "{\"results\":" + results + '}'));
    QCOMPARE(net::apiErrorKindName(o.kind), net::apiErrorKindName(ApiErrorKind::None));
    QCOMPARE(o.items, qsizetype(n));
}

// An enum value the contract does not list: free-text states are kept as sent, while a status
// that decides success (Explorium's request_status) must not be guessed.
void TestHostileResponses::unexpectedEnumValues() {
    const auto campaigns = lemlist::LemlistParser::campaigns(
        respond(Service::Lemlist, 200, R"([{"_id":"cam_1","name":"A","status":"exploded"}])"), 100);
    QVERIFY(campaigns.ok());
    QCOMPARE(campaigns.value.campaigns.at(0).status, u"exploded"_s);
    const QJsonArray sent{QJsonObject{{QStringLiteral("name"), QStringLiteral("apple")}}};
    const auto match = explorium::ExploriumParser::businessMatch(
        respond(Service::Explorium, 200,
                R"({"response_context":{"request_status":"partially-maybe"},"matched_businesses":[]})"),
        sent);
    QCOMPARE(net::apiErrorKindName(match.error.kind), net::apiErrorKindName(ApiErrorKind::MalformedResponse));
}

QTEST_GUILESS_MAIN(TestHostileResponses)
#include "tst_hostileresponses.moc"
