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

void HubSpotClient::createCompanies(const QList<CreateInput> &companies, QObject *context,
                                    Callback<BatchResult> done) {
    create(QStringLiteral("companies"), companies, context, std::move(done));
}

void HubSpotClient::createContacts(const QList<CreateInput> &contacts, QObject *context,
                                   Callback<BatchResult> done) {
    create(QStringLiteral("contacts"), contacts, context, std::move(done));
}

void HubSpotClient::create(const QString &objectType, const QList<CreateInput> &inputs, QObject *context,
                           Callback<BatchResult> done) {
    if (refuseBatch(inputs.size(), context, done))
        return;
    QJsonArray array;
    for (const CreateInput &input : inputs) {
        QJsonObject item{{QStringLiteral("properties"), net::json::objectFromMap(input.properties)}};
        if (!input.traceId.isEmpty())
            item.insert(QStringLiteral("objectWriteTraceId"), input.traceId);
        if (!input.associateWithCompanyId.isEmpty()) {
            const QJsonObject type{{QStringLiteral("associationCategory"), QStringLiteral("HUBSPOT_DEFINED")},
                                   {QStringLiteral("associationTypeId"), kContactToCompanyTypeId}};
            item.insert(
                QStringLiteral("associations"),
                QJsonArray{QJsonObject{
                    {QStringLiteral("to"), QJsonObject{{QStringLiteral("id"), input.associateWithCompanyId}}},
                    {QStringLiteral("types"), QJsonArray{type}}}});
        }
        array.append(item);
    }
    const bool contacts = objectType == QLatin1StringView("contacts");
    HttpRequest request = post(QStringLiteral("/crm/v3/objects/%1/batch/create").arg(objectType),
                               QJsonObject{{QStringLiteral("inputs"), array}},
                               contacts ? "hubspot.contacts.batchCreate" : "hubspot.companies.batchCreate");
    request.idempotent = false;
    m_http->send(request, context,
                 [done = std::move(done)](const HttpResponse &r) { done(HubSpotParser::batch(r)); });
}

void HubSpotClient::updateContacts(const QList<UpdateInput> &contacts, QObject *context,
                                   Callback<BatchResult> done) {
    update(QStringLiteral("contacts"), contacts, context, std::move(done));
}

void HubSpotClient::updateCompanies(const QList<UpdateInput> &companies, QObject *context,
                                    Callback<BatchResult> done) {
    update(QStringLiteral("companies"), companies, context, std::move(done));
}

void HubSpotClient::update(const QString &objectType, const QList<UpdateInput> &inputs, QObject *context,
                           Callback<BatchResult> done) {
    if (refuseBatch(inputs.size(), context, done))
        return;
    QJsonArray array;
    for (const UpdateInput &input : inputs)
        array.append(QJsonObject{{QStringLiteral("id"), input.id},
                                 {QStringLiteral("properties"), net::json::objectFromMap(input.properties)}});
    const bool contacts = objectType == QLatin1StringView("contacts");
    m_http->send(post(QStringLiteral("/crm/v3/objects/%1/batch/update").arg(objectType),
                      QJsonObject{{QStringLiteral("inputs"), array}},
                      contacts ? "hubspot.contacts.batchUpdate" : "hubspot.companies.batchUpdate"),
                 context, [done = std::move(done)](const HttpResponse &r) { done(HubSpotParser::batch(r)); });
}

void HubSpotClient::searchCompaniesByDomain(const QStringList &domains, const QStringList &properties,
                                            const QString &after, QObject *context,
                                            Callback<SearchPage> done) {
    if (refuseBatch(domains.size(), context, done))
        return;
    const QJsonObject filter{{QStringLiteral("propertyName"), QStringLiteral("domain")},
                             {QStringLiteral("operator"), QStringLiteral("IN")},
                             {QStringLiteral("values"), QJsonArray::fromStringList(domains)}};
    QStringList wanted = properties;
    if (!wanted.contains(QStringLiteral("domain")))
        wanted.prepend(QStringLiteral("domain")); // results are matched back by domain
    const QJsonObject body{
        {QStringLiteral("filterGroups"),
         QJsonArray{QJsonObject{{QStringLiteral("filters"), QJsonArray{filter}}}}},
        {QStringLiteral("properties"), QJsonArray::fromStringList(wanted)},
        {QStringLiteral("sorts"),
         QJsonArray{QJsonObject{{QStringLiteral("propertyName"), QStringLiteral("hs_object_id")},
                                {QStringLiteral("direction"), QStringLiteral("ASCENDING")}}}},
        {QStringLiteral("limit"), 200},
        {QStringLiteral("after"), after.isEmpty() ? QStringLiteral("0") : after}};
    HttpRequest request =
        post(QStringLiteral("/crm/v3/objects/companies/search"), body, "hubspot.companies.search");
    request.rateBucket = QStringLiteral("search");
    m_http->send(request, context,
                 [done = std::move(done)](const HttpResponse &r) { done(HubSpotParser::search(r)); });
}

void HubSpotClient::associateContactsWithCompanies(const QList<QPair<QString, QString>> &pairs,
                                                   QObject *context, Callback<QList<Association>> done) {
    if (refuseBatch(pairs.size(), context, done))
        return;
    QJsonArray inputs;
    for (const auto &[contactId, companyId] : pairs)
        inputs.append(QJsonObject{{QStringLiteral("from"), QJsonObject{{QStringLiteral("id"), contactId}}},
                                  {QStringLiteral("to"), QJsonObject{{QStringLiteral("id"), companyId}}}});
    m_http->send(post(QStringLiteral("/crm/v4/associations/contacts/companies/batch/associate/default"),
                      QJsonObject{{QStringLiteral("inputs"), inputs}}, "hubspot.associations.batchAssociate"),
                 context,
                 [done = std::move(done)](const HttpResponse &r) { done(HubSpotParser::associations(r)); });
}

void HubSpotClient::readCompanyAssociations(const QStringList &contactIds, QObject *context,
                                            Callback<AssociatedIds> done) {
    if (refuseBatch(contactIds.size(), context, done))
        return;
    QJsonArray inputs;
    for (const QString &id : contactIds)
        inputs.append(QJsonObject{{QStringLiteral("id"), id}});
    m_http->send(post(QStringLiteral("/crm/v4/associations/contacts/companies/batch/read"),
                      QJsonObject{{QStringLiteral("inputs"), inputs}}, "hubspot.associations.batchRead"),
                 context,
                 [done = std::move(done)](const HttpResponse &r) { done(HubSpotParser::associatedIds(r)); });
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

void HubSpotClient::readContactsByEmail(const QStringList &emails, const QStringList &properties,
                                        QObject *context, Callback<BatchResult> done) {
    if (refuseBatch(emails.size(), context, done))
        return;
    QJsonArray inputs;
    for (const QString &email : emails)
        inputs.append(QJsonObject{{QStringLiteral("id"), email}});
    QStringList wanted = properties;
    if (!wanted.contains(QStringLiteral("email")))
        wanted.prepend(QStringLiteral("email")); // results are matched back by e-mail, never by position
    const QJsonObject body{{QStringLiteral("idProperty"), QStringLiteral("email")},
                           {QStringLiteral("properties"), QJsonArray::fromStringList(wanted)},
                           {QStringLiteral("propertiesWithHistory"), QJsonArray()},
                           {QStringLiteral("inputs"), inputs}};
    m_http->send(
        post(QStringLiteral("/crm/v3/objects/contacts/batch/read"), body, "hubspot.contacts.batchRead"),
        context, [done = std::move(done)](const HttpResponse &r) { done(HubSpotParser::batch(r)); });
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
