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
    // The same with objectWriteTraceIds (unique per input): failures come back per input (207).
    void createCompanies(const QList<CreateInput> &companies, QObject *context, Callback<BatchResult> done);
    // POST /crm/v3/objects/contacts/batch/create with objectWriteTraceIds and optional inline
    // company associations. An existing e-mail fails only its input (CONFLICT, "Existing ID: N").
    // Not idempotent: not resent after an ambiguous failure.
    void createContacts(const QList<CreateInput> &contacts, QObject *context, Callback<BatchResult> done);
    // POST /crm/v3/objects/{contacts|companies}/batch/update by HubSpot id. Safe to resend.
    // Missing records come back in errors[] (207, OBJECT_NOT_FOUND).
    void updateContacts(const QList<UpdateInput> &contacts, QObject *context, Callback<BatchResult> done);
    void updateCompanies(const QList<UpdateInput> &companies, QObject *context, Callback<BatchResult> done);
    // POST /crm/v3/objects/companies/search, domain IN (<= 100 domains), oldest first, one page of
    // up to 200 from offset `after`. Companies have no unique domain, so a domain may come back
    // several times. Eventually consistent: a company created moments ago may be missing.
    void searchCompaniesByDomain(const QStringList &domains, const QStringList &properties,
                                 const QString &after, QObject *context, Callback<SearchPage> done);
    // POST /crm/v4/associations/contacts/companies/batch/associate/default: unlabelled (279)
    // associations of (contact id, company id) pairs (<= 100). Safe to resend.
    void associateContactsWithCompanies(const QList<QPair<QString, QString>> &pairs, QObject *context,
                                        Callback<QList<Association>> done);
    // POST /crm/v4/associations/contacts/companies/batch/read (<= 100 contact ids).
    void readCompanyAssociations(const QStringList &contactIds, QObject *context,
                                 Callback<AssociatedIds> done);
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
    // POST /crm/v3/objects/contacts/batch/read with idProperty=email (<= 100): reconciles many
    // records at once. Missing e-mails come back in errors[] (207, OBJECT_NOT_FOUND, context.ids).
    void readContactsByEmail(const QStringList &emails, const QStringList &properties, QObject *context,
                             Callback<BatchResult> done);
    // GET /crm/v3/objects/contacts/{email}?idProperty=email. 404 -> NotFound error.
    void getContactByEmail(const QString &email, const QStringList &properties, QObject *context,
                           Callback<CrmObject> done);

private:
    template <typename T>
    bool refuseBatch(qsizetype size, QObject *context, const Callback<T> &done) const;
    template <typename T>
    void failLater(QObject *context, const Callback<T> &done, const net::ApiError &error) const;
    void create(const QString &objectType, const QList<CreateInput> &inputs, QObject *context,
                Callback<BatchResult> done);
    void update(const QString &objectType, const QList<UpdateInput> &inputs, QObject *context,
                Callback<BatchResult> done);

    net::HttpClient *m_http;
};

} // namespace prospector::hubspot
