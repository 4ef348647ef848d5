#include "review/searchplan.h"

#include "review/narrowingfilter.h"
#include "storage/searchquery.h"
#include "storage/sqlerror.h"

#include <QSqlQuery>
#include <algorithm>
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

std::shared_ptr<const MatchSet> MatchSetCache::find(const QString &key, quint64 *generation) {
    const QMutexLocker lock(&m_mutex);
    *generation = m_generation;
    for (qsizetype i = 0; i < m_sets.size(); ++i) {
        if (m_sets.at(i).first == key) {
            m_sets.move(i, 0);
            return m_sets.constFirst().second;
        }
    }
    return nullptr;
}

std::shared_ptr<const MatchSet>
MatchSetCache::getOrBuild(const QString &key, const std::function<std::shared_ptr<const MatchSet>()> &build) {
    quint64 generation = 0;
    if (auto set = find(key, &generation))
        return set;
    const QMutexLocker building(&m_buildMutex);
    if (auto set = find(key, &generation)) // built while this thread waited
        return set;
    std::shared_ptr<const MatchSet> set = build();
    if (!set)
        return nullptr;
    const QMutexLocker lock(&m_mutex);
    // Data changed during the build: the set serves this call, but is not kept.
    if (generation == m_generation) {
        m_sets.prepend({key, set});
        while (m_sets.size() > m_capacity)
            m_sets.removeLast();
    }
    return set;
}

std::shared_ptr<const MatchSet> MatchSetCache::get(const QSqlDatabase &db, const QString &expression,
                                                   QString *error) {
    return getOrBuild(expression, [&] { return MatchSet::build(db, expression, error); });
}

std::shared_ptr<const MatchSet> MatchSetCache::narrowed(const QSqlDatabase &db, const QString &key,
                                                        const MatchSet &from, const QString &idsSql,
                                                        const QVariantList &values, QString *error) {
    return getOrBuild(key, [&] { return from.narrowed(db, idsSql, values, error); });
}

qint64 MatchSetCache::size(const QSqlDatabase &db, const QString &key, const QString &countSql,
                           const QVariantList &values, QString *error) {
    quint64 generation = 0;
    {
        const QMutexLocker lock(&m_mutex);
        generation = m_generation;
        const auto it = m_sizes.constFind(key);
        if (it != m_sizes.constEnd() && generation - it->generation < kSizeGenerations)
            return it->count;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!storage::exec(q, countSql, values, error) || !q.next())
        return -1;
    const qint64 count = q.value(0).toLongLong();
    const QMutexLocker lock(&m_mutex);
    m_sizes.insert(key, {count, generation});
    return count;
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

double SearchPlanner::estimatedCost(double matches, double kept) const {
    matches = std::max(matches, 1.0);
    kept = std::clamp(kept, 1e-9, 1.0);
    const double collectAtMost = double(m_tuning.collectAtMost);
    // A walk stops after a page of rows that pass, or at the end of the index.
    const double share = std::min(1.0, kPageRows / (matches * kept));
    const double walk =
        collectAtMost * collectAtMost / kPageRows * share + std::min(matches, kPageRows / kept);
    return std::min(matches, walk);
}

bool SearchPlanner::narrow(const QSqlDatabase &db, const ProspectQuery &query, const QString &expression,
                           Purpose purpose, SearchSql *out, int *filtersLeft, QString *error) const {
    using Narrowing = Tuning::Narrowing;
    if (m_tuning.narrowing == Narrowing::Never)
        return true;
    // A few matches are collected at once: no filter can make that much cheaper.
    if (m_tuning.narrowing != Narrowing::Always && double(out->matches->size()) <= 2 * kPageRows)
        return true;
    const QList<NarrowingFilter> filters = NarrowingFilter::of(query, purpose == Purpose::Page);
    if (filters.isEmpty())
        return true;
    // Every prospect, archived or not: the filters' indexes hold them all.
    const qint64 total =
        m_cache.size(db, QStringLiteral("total"),
                     QStringLiteral("SELECT coalesce(sum(n), 0) FROM prospect_counts"), {}, error);
    if (total < 0)
        return false;
    QList<QPair<qint64, NarrowingFilter>> sized;
    double kept = std::pow(kFilterShare, std::min(*filtersLeft - int(filters.size()), 3));
    for (const NarrowingFilter &filter : std::as_const(filters)) {
        const qint64 size = m_cache.size(db, filter.key, filter.countSql, filter.values, error);
        if (size < 0)
            return false;
        sized << qMakePair(size, filter);
        kept *= double(size) / double(std::max<qint64>(total, 1));
    }
    std::stable_sort(sized.begin(), sized.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QString key = expression;
    for (const auto &[size, filter] : std::as_const(sized)) {
        const double share = std::max(double(size) / double(std::max<qint64>(total, 1)), 1e-9);
        const double found = double(out->matches->size());
        const double without = estimatedCost(found, kept);
        const double with =
            double(size) / kNarrowingIdsPerRowRead + estimatedCost(found * share, kept / share);
        if (m_tuning.narrowing != Narrowing::Always && with >= without)
            continue;
        // Keyed by everything applied so far: the same filter narrows a different set after another.
        key += QLatin1Char('\n') + filter.key;
        auto set = m_cache.narrowed(db, key, *out->matches, filter.idsSql, filter.values, error);
        if (!set)
            return false;
        out->matches = std::move(set);
        out->narrowedBy |= filter.kind;
        kept /= share;
        --*filtersLeft;
    }
    return true;
}

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
    int filtersLeft = otherFilterCount(query);
    if (!narrow(db, query, expression, purpose, out, &filtersLeft, error))
        return false;
    if (!m_tuning.force) {
        // At most three filters count: past that the guess says more about kFilterShare than
        // about the query.
        const int filters = std::min(filtersLeft, 3);
        const double limit = double(m_tuning.collectAtMost) / std::sqrt(std::pow(kFilterShare, filters));
        out->mode = double(out->matches->size()) <= limit ? Mode::Collect : Mode::Walk;
    }
    return true;
}

} // namespace prospector::review
