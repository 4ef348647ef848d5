#pragma once

#include "hubspot/hubspottypes.h"
#include "net/apiresult.h"

#include <QObject>
#include <functional>

namespace prospector::net {
class HttpClient;
struct HttpRequest;
} // namespace prospector::net

namespace prospector::hubspot {

// HubSpot CRM v3/v4 operations Prospector needs (CONTRACTS.md section 1), on a shared HttpClient
// whose limiter buckets are "default" (100 / 10 s + daily cap) and "search" (5 / s; search is
// exempt from the ten-secondly limit). Callbacks run once, on the client's thread, unless
// context is destroyed first. Batches over 100 inputs are refused before any request.
class HubSpotClient {
public:
    static constexpr int kMaxBatchInputs = 100;
    static constexpr int kContactToCompanyTypeId = 279; // HUBSPOT_DEFINED, unlabelled

    template <typename T>
    using Callback = std::function<void(const net::ApiResult<T> &)>;

    explicit HubSpotClient(net::HttpClient *http);

    // POST /crm/v3/objects/contacts/batch/upsert, idProperty=email. Safe to resend.
    void upsertContactsByEmail(const QList<UpsertInput> &contacts, QObject *context,
                               Callback<BatchResult> done);
    // POST /crm/v3/objects/companies/batch/upsert with a unique idProperty per input ("domain"
    // only works where the portal made domain unique; otherwise pass a custom unique property).
    void upsertCompanies(const QList<UpsertInput> &companies, const QString &idProperty, QObject *context,
                         Callback<BatchResult> done);
    // POST /crm/v3/objects/companies/batch/create: new companies (domain in properties).
    // Not idempotent: not resent after an ambiguous failure.
    void createCompanies(const QList<Properties> &companies, QObject *context, Callback<BatchResult> done);
    // POST /crm/v3/objects/contacts: 409 comes back as a Conflict error whose value.id is the
    // "Existing ID" HubSpot named.
    void createContact(const Properties &properties, QObject *context, Callback<CrmObject> done);
    // PUT /crm/v4/objects/contact/{id}/associations/default/company/{id}. Safe to resend.
    void associateContactWithCompany(const QString &contactId, const QString &companyId, QObject *context,
                                     Callback<QList<Association>> done);
    // POST /crm/v3/objects/contacts/search, email EQ. Eventually consistent: fresh records may be
    // missing, so reconciliation should prefer getContactByEmail.
    void searchContactsByEmail(const QString &email, const QStringList &properties, QObject *context,
                               Callback<SearchPage> done);
    // GET /crm/v3/objects/contacts/{email}?idProperty=email. 404 -> NotFound error.
    void getContactByEmail(const QString &email, const QStringList &properties, QObject *context,
                           Callback<CrmObject> done);

private:
    template <typename T>
    bool refuseBatch(qsizetype size, QObject *context, const Callback<T> &done) const;
    template <typename T>
    void failLater(QObject *context, const Callback<T> &done, const net::ApiError &error) const;

    net::HttpClient *m_http;
};

} // namespace prospector::hubspot
