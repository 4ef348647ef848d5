#include "sync/enrichmentplanner.h"

#include "sync/creditbudget.h"
#include "sync/enrichmentcache.h"
#include "sync/idempotencykey.h"

namespace prospector::sync {

EnrichmentPlanner::EnrichmentPlanner(const EnrichmentCache &cache, const CreditBudget &budget,
                                     EnrichmentCosts costs)
    : m_cache(cache)
    , m_budget(budget)
    , m_costs(costs) {}

std::optional<EnrichmentPlan> EnrichmentPlanner::plan(const QList<EnrichmentTarget> &targets,
                                                      bool forceRefresh, QString *error) const {
    const auto remaining = m_budget.remaining(error);
    if (!remaining)
        return std::nullopt;

    EnrichmentPlan plan;
    for (const EnrichmentTarget &target : targets) {
        const QString email = IdempotencyKey::normalizeEmail(target.email);
        const QString domain = IdempotencyKey::normalizeDomain(target.domain);

        bool contactHit = false;
        if (!email.isEmpty() && !forceRefresh) {
            const auto found = m_cache.lookup(EnrichmentCache::keyForEmail(email), nullptr, error);
            if (found == EnrichmentCache::Lookup::Error)
                return std::nullopt;
            contactHit = found == EnrichmentCache::Lookup::Hit;
        }
        bool companyNeeded = false;
        if (!domain.isEmpty() && !plan.companyFetches.contains(domain) &&
            !plan.companyCacheHits.contains(domain)) {
            if (forceRefresh) {
                companyNeeded = true;
            } else {
                const auto found = m_cache.lookup(EnrichmentCache::keyForDomain(domain), nullptr, error);
                if (found == EnrichmentCache::Lookup::Error)
                    return std::nullopt;
                if (found == EnrichmentCache::Lookup::Hit)
                    plan.companyCacheHits.insert(domain);
                else
                    companyNeeded = true;
            }
        }

        const bool contactNeeded = !email.isEmpty() && !contactHit;
        const qint64 cost = (contactNeeded ? m_costs.contact : 0) + (companyNeeded ? m_costs.company : 0);
        if (cost > 0 && (plan.budgetReached || plan.estimatedCredits + cost > *remaining)) {
            // Over budget: nothing of this target is fetched. Its cached contact data is still used.
            plan.budgetReached = true;
            plan.skippedForBudget << target;
            if (contactHit)
                plan.contactCacheHits << target;
            continue;
        }
        plan.estimatedCredits += cost;
        if (contactHit)
            plan.contactCacheHits << target;
        else if (contactNeeded)
            plan.contactFetches << target;
        if (companyNeeded)
            plan.companyFetches.insert(domain);
    }
    return plan;
}

} // namespace prospector::sync
