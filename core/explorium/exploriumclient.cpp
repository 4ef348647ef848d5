#include "explorium/exploriumclient.h"

#include "explorium/exploriumparser.h"
#include "net/httpclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace prospector::explorium {

using net::ApiError;
using net::ApiErrorKind;
using net::ApiResult;
using net::HttpRequest;
using net::HttpResponse;

namespace {

constexpr int kMatchTimeoutMs = 30000;
constexpr int kEnrichTimeoutMs = 90000; // enrichment is slow (docs show multi-second responses)

void putIfSet(QJsonObject &o, const char *key, const QString &value) {
    if (!value.isEmpty())
        o.insert(QLatin1StringView(key), value);
}

HttpRequest post(const char *path, const QJsonObject &body, const char *operation, int timeoutMs) {
    HttpRequest r = HttpRequest::withBody("POST", QLatin1StringView(path),
                                          QJsonDocument(body).toJson(QJsonDocument::Compact));
    r.operation = QLatin1StringView(operation);
    r.timeoutMs = timeoutMs;
    return r;
}

} // namespace

ExploriumClient::ExploriumClient(net::HttpClient *http)
    : m_http(http) {}

template <typename T>
bool ExploriumClient::refuseSize(qsizetype size, QObject *context, const Callback<T> &done) const {
    if (size >= 1 && size <= kMaxItems)
        return false;
    const ApiError error =
        ApiError::make(ApiErrorKind::Validation, net::Service::Explorium,
                       QStringLiteral("needs 1..%1 items, got %2").arg(kMaxItems).arg(size));
    QObject *receiver = context ? context : static_cast<QObject *>(m_http);
    QTimer::singleShot(0, receiver, [done, error] { done(ApiResult<T>::failure(error)); });
    return true;
}

void ExploriumClient::matchBusinesses(const QList<BusinessQuery> &businesses, QObject *context,
                                      Callback<MatchResult> done) {
    if (refuseSize(businesses.size(), context, done))
        return;
    QJsonArray items;
    for (const BusinessQuery &b : businesses) {
        QJsonObject o;
        putIfSet(o, "name", b.name);
        putIfSet(o, "domain", b.domain);
        putIfSet(o, "url", b.url);
        putIfSet(o, "linkedin_url", b.linkedinUrl);
        items.append(o);
    }
    const QJsonObject body{{QStringLiteral("request_context"), QJsonValue::Null},
                           {QStringLiteral("businesses_to_match"), items}};
    m_http->send(post("/v1/businesses/match", body, "explorium.businesses.match", kMatchTimeoutMs), context,
                 [done = std::move(done), items](const HttpResponse &r) {
                     done(ExploriumParser::businessMatch(r, items));
                 });
}

void ExploriumClient::matchProspects(const QList<ProspectQuery> &prospects, QObject *context,
                                     Callback<MatchResult> done) {
    if (refuseSize(prospects.size(), context, done))
        return;
    QJsonArray items;
    for (const ProspectQuery &p : prospects) {
        QJsonObject o;
        putIfSet(o, "email", p.email);
        putIfSet(o, "phone_number", p.phoneNumber);
        putIfSet(o, "full_name", p.fullName);
        putIfSet(o, "company_name", p.companyName);
        putIfSet(o, "linkedin", p.linkedin);
        putIfSet(o, "business_id", p.businessId);
        items.append(o);
    }
    const QJsonObject body{{QStringLiteral("request_context"), QJsonObject{}},
                           {QStringLiteral("prospects_to_match"), items}};
    m_http->send(post("/v1/prospects/match", body, "explorium.prospects.match", kMatchTimeoutMs), context,
                 [done = std::move(done), items](const HttpResponse &r) {
                     done(ExploriumParser::prospectMatch(r, items));
                 });
}

void ExploriumClient::enrichFirmographics(const QStringList &businessIds, QObject *context,
                                          Callback<EnrichResult<Firmographics>> done) {
    if (refuseSize(businessIds.size(), context, done))
        return;
    const QJsonObject body{{QStringLiteral("business_ids"), QJsonArray::fromStringList(businessIds)}};
    HttpRequest request = post("/v1/businesses/firmographics/bulk_enrich", body,
                               "explorium.businesses.firmographics", kEnrichTimeoutMs);
    request.idempotent = false; // costs credits per call
    m_http->send(request, context, [done = std::move(done)](const HttpResponse &r) {
        done(ExploriumParser::firmographics(r));
    });
}

void ExploriumClient::enrichContactInformation(const QStringList &prospectIds, int contactTypes,
                                               QObject *context,
                                               Callback<EnrichResult<ContactInformation>> done) {
    if (refuseSize(prospectIds.size(), context, done))
        return;
    QJsonArray types;
    if (contactTypes & Email)
        types.append(QStringLiteral("email"));
    if (contactTypes & Phone)
        types.append(QStringLiteral("phone"));
    QJsonObject body{{QStringLiteral("prospect_ids"), QJsonArray::fromStringList(prospectIds)}};
    if (!types.isEmpty())
        body.insert(QStringLiteral("parameters"), QJsonObject{{QStringLiteral("contact_types"), types}});
    HttpRequest request = post("/v1/prospects/contacts_information/bulk_enrich", body,
                               "explorium.prospects.contactInformation", kEnrichTimeoutMs);
    request.idempotent = false; // costs credits per call
    m_http->send(request, context, [done = std::move(done)](const HttpResponse &r) {
        done(ExploriumParser::contactInformation(r));
    });
}

void ExploriumClient::credits(QObject *context, Callback<CreditsSummary> done) {
    HttpRequest request = HttpRequest::get(QStringLiteral("/v1/credits"));
    request.operation = QStringLiteral("explorium.credits");
    request.timeoutMs = kMatchTimeoutMs;
    m_http->send(request, context,
                 [done = std::move(done)](const HttpResponse &r) { done(ExploriumParser::credits(r)); });
}

} // namespace prospector::explorium
