#include "hubspot/hubspotclient.h"

#include "hubspot/hubspotparser.h"
#include "net/httpclient.h"
#include "net/jsonutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace prospector::hubspot {

using net::ApiError;
using net::ApiErrorKind;
using net::ApiResult;
using net::HttpRequest;
using net::HttpResponse;

namespace {

QByteArray toJson(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString segment(const QString &value) {
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

HttpRequest post(const QString &path, const QJsonObject &body, const char *operation) {
    HttpRequest r = HttpRequest::withBody("POST", path, toJson(body));
    r.operation = QLatin1StringView(operation);
    return r;
}

ApiError validation(const QString &detail) {
    return ApiError::make(ApiErrorKind::Validation, net::Service::HubSpot, detail);
}

} // namespace

HubSpotClient::HubSpotClient(net::HttpClient *http)
    : m_http(http) {}

template <typename T>
void HubSpotClient::failLater(QObject *context, const Callback<T> &done, const ApiError &error) const {
    // Asynchronous like every other outcome, so callers never see a re-entrant callback.
    QObject *receiver = context ? context : static_cast<QObject *>(m_http);
    QTimer::singleShot(0, receiver, [done, error] { done(ApiResult<T>::failure(error)); });
}

template <typename T>
bool HubSpotClient::refuseBatch(qsizetype size, QObject *context, const Callback<T> &done) const {
    if (size >= 1 && size <= kMaxBatchInputs)
        return false;
    failLater(context, done,
              validation(QStringLiteral("batch needs 1..%1 inputs, got %2").arg(kMaxBatchInputs).arg(size)));
    return true;
}

void HubSpotClient::upsertContactsByEmail(const QList<UpsertInput> &contacts, QObject *context,
                                          Callback<BatchResult> done) {
    upsertCompanies(contacts, QStringLiteral("email"), context, std::move(done)); // same body shape
}

void HubSpotClient::upsertCompanies(const QList<UpsertInput> &inputs, const QString &idProperty,
                                    QObject *context, Callback<BatchResult> done) {
    if (refuseBatch(inputs.size(), context, done))
        return;
    const bool contacts = idProperty == QLatin1StringView("email");
    QJsonArray array;
    QSet<QString> seen;
    for (const UpsertInput &input : inputs) {
        // HubSpot rejects the whole batch on a duplicate id (400); say which one up front.
        const QString key = input.id.trimmed().toLower();
        if (key.isEmpty() || seen.contains(key)) {
            failLater(context, done, validation(QStringLiteral("empty or duplicate id in batch")));
            return;
        }
        seen.insert(key);
        array.append(QJsonObject{{QStringLiteral("idProperty"), idProperty},
                                 {QStringLiteral("id"), input.id},
                                 {QStringLiteral("properties"), net::json::objectFromMap(input.properties)}});
    }
    const QString path = contacts ? QStringLiteral("/crm/v3/objects/contacts/batch/upsert")
                                  : QStringLiteral("/crm/v3/objects/companies/batch/upsert");
    HttpRequest request = post(path, QJsonObject{{QStringLiteral("inputs"), array}},
                               contacts ? "hubspot.contacts.batchUpsert" : "hubspot.companies.batchUpsert");
    m_http->send(request, context,
                 [done = std::move(done)](const HttpResponse &r) { done(HubSpotParser::batch(r)); });
}

void HubSpotClient::createCompanies(const QList<Properties> &companies, QObject *context,
                                    Callback<BatchResult> done) {
    if (refuseBatch(companies.size(), context, done))
        return;
    QJsonArray array;
    for (const Properties &properties : companies)
        array.append(QJsonObject{{QStringLiteral("properties"), net::json::objectFromMap(properties)}});
    HttpRequest request =
        post(QStringLiteral("/crm/v3/objects/companies/batch/create"),
             QJsonObject{{QStringLiteral("inputs"), array}}, "hubspot.companies.batchCreate");
    request.idempotent = false;
    m_http->send(request, context,
                 [done = std::move(done)](const HttpResponse &r) { done(HubSpotParser::batch(r)); });
}

void HubSpotClient::createContact(const Properties &properties, QObject *context, Callback<CrmObject> done) {
    HttpRequest request =
        post(QStringLiteral("/crm/v3/objects/contacts"),
             QJsonObject{{QStringLiteral("properties"), net::json::objectFromMap(properties)}},
             "hubspot.contacts.create");
    request.idempotent = false;
    m_http->send(request, context, [done = std::move(done)](const HttpResponse &r) {
        ApiResult<CrmObject> result = HubSpotParser::object(r);
        if (result.error.kind == ApiErrorKind::Conflict)
            result.value.id = HubSpotParser::existingId(result.error.serverMessage);
        done(result);
    });
}

void HubSpotClient::associateContactWithCompany(const QString &contactId, const QString &companyId,
                                                QObject *context, Callback<QList<Association>> done) {
    HttpRequest request;
    request.method = "PUT";
    request.path = QStringLiteral("/crm/v4/objects/contact/%1/associations/default/company/%2")
                       .arg(segment(contactId), segment(companyId));
    request.operation = QStringLiteral("hubspot.associations.contactToCompany");
    m_http->send(request, context,
                 [done = std::move(done)](const HttpResponse &r) { done(HubSpotParser::associations(r)); });
}

void HubSpotClient::searchContactsByEmail(const QString &email, const QStringList &properties,
                                          QObject *context, Callback<SearchPage> done) {
    const QJsonObject filter{{QStringLiteral("propertyName"), QStringLiteral("email")},
                             {QStringLiteral("operator"), QStringLiteral("EQ")},
                             {QStringLiteral("value"), email}};
    const QJsonObject group{{QStringLiteral("filters"), QJsonArray{filter}}};
    QJsonObject body{{QStringLiteral("filterGroups"), QJsonArray{group}},
                     {QStringLiteral("limit"), 10},
                     {QStringLiteral("after"), QStringLiteral("0")}};
    if (!properties.isEmpty())
        body.insert(QStringLiteral("properties"), QJsonArray::fromStringList(properties));
    HttpRequest request =
        post(QStringLiteral("/crm/v3/objects/contacts/search"), body, "hubspot.contacts.search");
    request.rateBucket = QStringLiteral("search");
    m_http->send(request, context,
                 [done = std::move(done)](const HttpResponse &r) { done(HubSpotParser::search(r)); });
}

void HubSpotClient::getContactByEmail(const QString &email, const QStringList &properties, QObject *context,
                                      Callback<CrmObject> done) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("idProperty"), QStringLiteral("email"));
    if (!properties.isEmpty())
        query.addQueryItem(QStringLiteral("properties"), properties.join(QLatin1Char(',')));
    HttpRequest request =
        HttpRequest::get(QStringLiteral("/crm/v3/objects/contacts/") + segment(email), query);
    request.operation = QStringLiteral("hubspot.contacts.getByEmail");
    m_http->send(request, context,
                 [done = std::move(done)](const HttpResponse &r) { done(HubSpotParser::object(r)); });
}

} // namespace prospector::hubspot
