#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace prospector::sync {

class CreditBudget;
class EnrichmentCache;

// Credits per record of each Explorium call (configurable; the defaults are the documented
// contact-information prices: email only 2, email + phone 5).
struct EnrichmentCosts {
    qint64 contact = 2;
    qint64 company = 1;
};

struct EnrichmentTarget {
    qint64 prospectId = 0;
    QString email;  // may be empty: then only the company is enriched
    QString domain; // may be empty
};

struct EnrichmentPlan {
    QList<EnrichmentTarget> contactCacheHits; // served from the cache: no credits
    QList<EnrichmentTarget> contactFetches;   // to enrich remotely
    QSet<QString> companyCacheHits;           // normalized domains
    QSet<QString> companyFetches;             // normalized domains, each once however many prospects
    QList<EnrichmentTarget> skippedForBudget; // would need credits beyond the budget
    qint64 estimatedCredits = 0;
    bool budgetReached = false;
};

// Decides, before any call, what an enrichment run will fetch: cache hits cost nothing, each
// company domain is fetched once, and fetches stop at the credit budget (pure cache hits still
// go through after it is reached). A cache or ledger read error refuses the whole plan.
class EnrichmentPlanner {
public:
    EnrichmentPlanner(const EnrichmentCache &cache, const CreditBudget &budget, EnrichmentCosts costs = {});

    std::optional<EnrichmentPlan> plan(const QList<EnrichmentTarget> &targets, bool forceRefresh = false,
                                       QString *error = nullptr) const;

private:
    const EnrichmentCache &m_cache;
    const CreditBudget &m_budget;
    EnrichmentCosts m_costs;
};

} // namespace prospector::sync
