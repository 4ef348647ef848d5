// HubSpot CRM v3 objects + v4 associations, as CONTRACTS.md section 1 describes them: Bearer auth,
// string properties, email-unique contacts, 100-input batches, 409/207/400 bodies, search with its
// own per-second limit, and the 10-second rolling + daily limits with X-HubSpot-RateLimit-* headers.
#pragma once

#include "servicesimulator.h"
#include "slidingwindow.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QSet>
#include <optional>

namespace prospector::sandbox {

struct HubSpotConfig {
    QSet<QString> validTokens = {QStringLiteral("sandbox-hubspot-token")};
    QSet<QString> tokensWithoutScopes; // authenticate, then 403 MISSING_SCOPES
    bool acceptAnyToken = false;       // any non-empty Bearer token passes (the app's --sandbox mode)
    int burstLimit = 100;              // per rolling 10 s (190 on Professional/Enterprise)
    int dailyLimit = 250000;
    int searchPerSecond = 5;
    bool retryAfterOn429 = false; // HubSpot does not document Retry-After on 429s
    int batchLimit = 100;
    qint64 searchIndexDelayMs = 0;        // nominal; writes become searchable only after this long
    bool strictProperties = true;         // unknown or read-only properties -> 400 VALIDATION_ERROR
    QSet<QString> extraContactProperties; // custom properties "defined in the portal"
    QSet<QString> extraCompanyProperties;
    // A company's domain is not unique in HubSpot (CONTRACTS.md 1.4.10): upsert by "domain" is
    // refused as a non-unique property unless a test says the portal made it unique.
    bool companyDomainUnique = false;
    qint64 portalId = 4242; // the Hub id in record URLs and validation errors
};

struct HubSpotRecord {
    qint64 id = 0;
    QMap<QString, QString> properties;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 indexedAtMs = 0; // sandbox clock time from which search sees the current version
    bool archived = false;
};

struct HubSpotObjectStore {
    QString name;     // "contacts" / "companies"
    QString typeId;   // "0-1" / "0-2"
    QString singular; // "CONTACT" / "COMPANY" (used in error messages)
    QMap<qint64, HubSpotRecord> records;
    // Lower-cased unique key (contacts: email) -> id, so lookups stay fast with 100,000 records.
    QString indexedProperty;
    QHash<QString, qint64> index;

    HubSpotRecord *find(qint64 id);
    HubSpotRecord *findBy(const QString &property, const QString &value); // case-insensitive
    void reindex(const HubSpotRecord &record, const QString &oldValue);
    void clear();
};

class HubSpotSimulator : public ServiceSimulator {
public:
    explicit HubSpotSimulator(const SandboxClock &clock);

    HubSpotConfig &config() { return m_config; }
    void applyConfig(const QJsonObject &patch);
    QJsonObject configJson() const;

    QString name() const override { return QStringLiteral("hubspot"); }
    HttpResponse handle(const HttpRequest &request) override;
    HttpResponse rateLimitedResponse(const HttpRequest &request) override;
    HttpResponse errorResponse(int status) override;
    QJsonObject state() const override;
    void reset() override;

    // Inspection and seeding for in-process tests.
    const HubSpotObjectStore &contacts() const { return m_contacts; }
    const HubSpotObjectStore &companies() const { return m_companies; }
    std::optional<HubSpotRecord> contactByEmail(const QString &email) const;
    qint64 seedContact(const QMap<QString, QString> &properties);
    qint64 seedCompany(const QMap<QString, QString> &properties);
    // Changes a contact as someone in HubSpot would ("" clears). Returns its id, 0 if there is none.
    qint64 editContact(const QString &email, const QMap<QString, QString> &properties);
    // Association type IDs stored for contact -> company (279 unlabelled, 1 primary).
    QSet<int> associationTypes(qint64 contactId, qint64 companyId) const;
    int associationCount() const { return static_cast<int>(m_associations.size()); }

private:
    HttpResponse dispatch(const HttpRequest &request, const QString &path);
    std::optional<HttpResponse> checkAuth(const HttpRequest &request);
    std::optional<HttpResponse> checkRateLimit(bool search);
    void addRateHeaders(HttpResponse &response);

    // hubspotobjects.cpp
    HttpResponse objects(const HttpRequest &request, HubSpotObjectStore &store, const QStringList &rest);
    HttpResponse createOne(HubSpotObjectStore &store, const QJsonObject &body);
    HttpResponse readOne(const HttpRequest &request, HubSpotObjectStore &store, const QString &id);
    HttpResponse updateOne(const HttpRequest &request, HubSpotObjectStore &store, const QString &id);
    HttpResponse archiveOne(const HttpRequest &request, HubSpotObjectStore &store, const QString &id);
    HttpResponse list(const HttpRequest &request, HubSpotObjectStore &store);
    // hubspotbatch.cpp
    HttpResponse batch(const HttpRequest &request, HubSpotObjectStore &store, const QString &operation);
    HttpResponse batchCreate(HubSpotObjectStore &store, const QJsonArray &inputs);
    HttpResponse batchRead(const HttpRequest &request, HubSpotObjectStore &store, const QJsonObject &body);
    HttpResponse batchUpdate(HubSpotObjectStore &store, const QJsonArray &inputs);
    HttpResponse batchUpsert(const HttpRequest &request, HubSpotObjectStore &store, const QJsonArray &inputs);
    HttpResponse batchArchive(HubSpotObjectStore &store, const QJsonArray &inputs);
    // hubspotsearch.cpp
    HttpResponse search(HubSpotObjectStore &store, const QJsonObject &body);
    // hubspotassociations.cpp
    HttpResponse associationsV4(const HttpRequest &request, const QStringList &segments);
    HttpResponse associateDefault(const QString &from, const QString &fromId, const QString &to,
                                  const QString &toId);
    HttpResponse associateLabelled(const QString &from, const QString &fromId, const QString &to,
                                   const QString &toId, const QJsonArray &types);
    HttpResponse listAssociations(const HttpRequest &request, const QString &from, const QString &fromId,
                                  const QString &to);
    HttpResponse batchAssociate(const HttpRequest &request, const QString &from, const QString &to,
                                bool labelled);
    HttpResponse batchReadAssociations(const HttpRequest &request, const QString &from, const QString &to);
    bool linkPair(const QString &from, qint64 fromId, const QString &to, qint64 toId, int typeId,
                  QString *error);

    // Shared helpers (hubspotobjects.cpp).
    HubSpotObjectStore *storeFor(const QString &objectType);
    HubSpotRecord &createRecord(HubSpotObjectStore &store, const QMap<QString, QString> &properties);
    void updateRecord(HubSpotRecord &record, const QMap<QString, QString> &properties);
    // Validates property names and converts values to strings; empty optional + error on failure.
    std::optional<QMap<QString, QString>> readProperties(const HubSpotObjectStore &store,
                                                         const QJsonValue &value, QString *badName);
    QJsonObject recordJson(const HubSpotObjectStore &store, const HubSpotRecord &record,
                           const QStringList &properties) const;
    QStringList allProperties(const HubSpotRecord &record) const;
    bool propertyKnown(const HubSpotObjectStore &store, const QString &name) const;
    qint64 indexDelay() const {
        return m_config.searchIndexDelayMs > 0 ? m_clock.scaled(m_config.searchIndexDelayMs) : 0;
    }

    const SandboxClock &m_clock;
    HubSpotConfig m_config;
    HubSpotObjectStore m_contacts;
    HubSpotObjectStore m_companies;
    // (contactId, companyId) -> association type IDs in the contact -> company direction.
    QMap<QPair<qint64, qint64>, QSet<int>> m_associations;
    qint64 m_nextId = 1001;
    SlidingWindow m_burst;
    SlidingWindow m_daily;
    SlidingWindow m_search;
};

// The HubSpot error envelope: {"status":"error","message",...,"correlationId","category"} + extras.
HttpResponse hubspotError(int status, const QString &category, const QString &message,
                          const QJsonObject &extra = {});
HttpResponse hubspotJson(int status, const QJsonObject &body);
QString hubspotTimestamp(const QDateTime &time);
// 400 VALIDATION_ERROR "Property values were not valid: [...]" for an unknown or read-only property.
HttpResponse hubspotPropertyError(const QString &name);
QJsonObject batchEnvelope(const QJsonArray &results, const QDateTime &startedAt);

} // namespace prospector::sandbox
