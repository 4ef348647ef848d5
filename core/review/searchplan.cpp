#include "review/searchplan.h"

#include "storage/searchquery.h"

#include <cmath>

namespace prospector::review {

bool filtersOnlyArchived(const ProspectQuery &query) {
    ProspectQuery bare;
    bare.search = query.search;
    bare.archived = query.archived;
    bare.sort = query.sort;
    return query == bare;
}

int otherFilterCount(const ProspectQuery &query) {
    return int(!query.stages.isEmpty()) + int(!query.tiers.isEmpty()) + int(!query.tags.isEmpty()) +
           int(!query.importIds.isEmpty()) + int(!query.sources.isEmpty()) + int(!query.countries.isEmpty()) +
           int(!query.syncStates.isEmpty()) + int(!query.company.isEmpty()) +
           int(query.minScore >= 0 || query.maxScore >= 0) +
           int(query.hasEmail != ProspectQuery::HasEmail::Any);
}

MatchSetCache::MatchSetCache(int capacity)
    : m_capacity(std::max(1, capacity)) {}

std::shared_ptr<const MatchSet> MatchSetCache::find(const QString &expression, quint64 *generation) {
    const QMutexLocker lock(&m_mutex);
    *generation = m_generation;
    for (qsizetype i = 0; i < m_sets.size(); ++i) {
        if (m_sets.at(i).first == expression) {
            m_sets.move(i, 0);
            return m_sets.constFirst().second;
        }
    }
    return nullptr;
}

std::shared_ptr<const MatchSet> MatchSetCache::get(const QSqlDatabase &db, const QString &expression,
                                                   QString *error) {
    quint64 generation = 0;
    if (auto set = find(expression, &generation))
        return set;
    const QMutexLocker building(&m_buildMutex);
    if (auto set = find(expression, &generation)) // built while this thread waited
        return set;
    std::shared_ptr<const MatchSet> set = MatchSet::build(db, expression, error);
    if (!set)
        return nullptr;
    const QMutexLocker lock(&m_mutex);
    // Data changed during the build: use the set for this call, but do not keep it.
    if (generation == m_generation) {
        m_sets.prepend({expression, set});
        while (m_sets.size() > m_capacity)
            m_sets.removeLast();
    }
    return set;
}

void MatchSetCache::invalidate() {
    const QMutexLocker lock(&m_mutex);
    ++m_generation;
    m_sets.clear();
}

SearchPlanner::SearchPlanner(MatchSetCache &cache, Tuning tuning)
    : m_cache(cache)
    , m_tuning(tuning) {}

SearchPlanner::SearchPlanner(MatchSetCache &cache)
    : SearchPlanner(cache, Tuning{}) {}

bool SearchPlanner::plan(const QSqlDatabase &db, const ProspectQuery &query, Purpose purpose, SearchSql *out,
                         QString *error) const {
    *out = {};
    const QString expression = storage::ftsMatchExpression(query.search);
    if (expression.isEmpty())
        return true;
    using Mode = SearchSql::Mode;
    const bool inIdOrder =
        purpose == Purpose::BoundedCount ||
        (purpose == Purpose::Page && query.effectiveSort().constFirst().column == SortColumn::Id);
    const bool streamable = inIdOrder && filtersOnlyArchived(query);
    if (m_tuning.force) {
        out->mode = *m_tuning.force == Mode::Stream && !streamable ? Mode::Walk : *m_tuning.force;
        if (out->mode == Mode::Subquery || out->mode == Mode::Stream)
            return true;
    } else if (streamable) {
        out->mode = Mode::Stream;
        return true;
    }
    out->matches = m_cache.get(db, expression, error);
    if (!out->matches)
        return false;
    if (!m_tuning.force) {
        // At most three filters count: past that the guess says more about kFilterShare than
        // about the query.
        const int filters = std::min(otherFilterCount(query), 3);
        const double limit = double(m_tuning.collectAtMost) / std::sqrt(std::pow(kFilterShare, filters));
        out->mode = double(out->matches->size()) <= limit ? Mode::Collect : Mode::Walk;
    }
    return true;
}

} // namespace prospector::review
