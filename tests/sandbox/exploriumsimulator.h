// Explorium AgentSource v1 (CONTRACTS.md section 3): api_key header, match businesses/prospects
// (1-50 items, input order, null IDs for misses), bulk and single enrichment of firmographics and
// contact information with request_status and credit accounting, 422 FastAPI validation bodies,
// and 200 requests / 60 s with X-RateLimit-* headers (epoch Reset) on every response.
#pragma once

#include "servicesimulator.h"
#include "slidingwindow.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>

namespace prospector::sandbox {

struct ExploriumConfig {
    QSet<QString> validKeys = {QStringLiteral("sandbox-explorium-key")};
    bool acceptAnyKey = false;
    int rateLimit = 200;       // per 60 s
    int credits = 100000;      // the budget; 403 once an enrichment would exceed it
    int firmographicsCost = 1; // per business enriched (undocumented [U])
    // Domains, emails or names that never match (anything under ".invalid" never matches either).
    QSet<QString> noMatch;
    // Domains or emails whose match item carries "error"/"error_type" instead of an ID.
    QSet<QString> matchErrors;
    // Schema drift: "professional_email" instead of the documented (sic) "professions_email".
    bool driftedFieldNames = false;
    // The next N match/enrich calls answer 200 with request_status "failure" and no data.
    int softFailures = 0;
};

struct ExploriumProspect {
    QString email;
    QString fullName;
    QString companyName;
    QString linkedin;
    QString businessId;
};

class ExploriumSimulator : public ServiceSimulator {
public:
    explicit ExploriumSimulator(const SandboxClock &clock);

    ExploriumConfig &config() { return m_config; }
    void applyConfig(const QJsonObject &patch);
    QJsonObject configJson() const;

    QString name() const override { return QStringLiteral("explorium"); }
    HttpResponse handle(const HttpRequest &request) override;
    HttpResponse rateLimitedResponse(const HttpRequest &request) override;
    HttpResponse errorResponse(int status) override;
    QJsonObject state() const override;
    void reset() override;

    int creditsUsed() const { return m_creditsUsed; }
    int enrichedRecords() const { return m_enrichedRecords; }
    // The deterministic IDs the sandbox hands out, so tests can predict them.
    static QString businessIdForDomain(const QString &domain);
    static QString prospectIdForEmail(const QString &email);

private:
    std::optional<HttpResponse> checkAuth(const HttpRequest &request);
    void addRateHeaders(HttpResponse &response);
    HttpResponse dispatch(const HttpRequest &request, const QJsonObject &body);
    HttpResponse matchBusinesses(const QJsonObject &body);
    HttpResponse matchProspects(const QJsonObject &body);
    bool matchable(const QString &key) const;
    HttpResponse softFailure(const QString &path, const QJsonObject &body) const;

    // exploriumenrich.cpp
    HttpResponse bulkFirmographics(const QJsonObject &body);
    HttpResponse bulkContacts(const QJsonObject &body);
    HttpResponse singleFirmographics(const QJsonObject &body);
    HttpResponse singleContacts(const QJsonObject &body);
    QJsonObject firmographics(const QString &businessId) const;
    QJsonObject contactInformation(const QString &prospectId, bool emails, bool phones) const;
    static int contactCost(const QJsonObject &body, bool *emails, bool *phones);
    bool charge(int credits);

    const SandboxClock &m_clock;
    ExploriumConfig m_config;
    SlidingWindow m_window;
    QMap<QString, QString> m_businesses;          // business_id -> domain (or name)
    QMap<QString, ExploriumProspect> m_prospects; // prospect_id -> what matched it
    int m_creditsUsed = 0;
    int m_enrichedRecords = 0;
};

// Explorium's envelopes.
QJsonObject exploriumContext(const QString &requestStatus);
HttpResponse exploriumJson(int status, const QJsonObject &body);
HttpResponse exploriumError(int status, const QString &details);
// FastAPI/pydantic-v1 422: {"detail":[{"loc":["body",field],"msg","type","ctx"}]}
HttpResponse exploriumValidation(const QString &field, const QString &message, const QString &type,
                                 const QJsonObject &context = {});
// additionalProperties: false -> 422 "extra fields not permitted"; nullopt when all keys are known.
std::optional<HttpResponse> exploriumCheckKeys(const QJsonObject &body, const QStringList &allowed);
// The 1-50 items rule for a list field; nullopt when the list is fine.
std::optional<HttpResponse> exploriumCheckList(const QJsonObject &body, const QString &field);

} // namespace prospector::sandbox
