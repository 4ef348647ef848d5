#include "review/facetcounts.h"

#include "review/querysql.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "storage/searchquery.h"
#include "storage/sqlerror.h"

#include <QSqlQuery>

namespace prospector::review {
namespace {

void zeroCounts(FacetCounts *counts) {
    *counts = {};
    for (const QString &stage : storage::pipelineStages())
        counts->byStage.insert(stage, 0);
    for (const char *tier : {"hot", "warm", "cold", "none"})
        counts->byTier.insert(QString::fromLatin1(tier), 0);
}

} // namespace

FacetCounter::FacetCounter(const storage::Database &database)
    : m_database(database)
    , m_ownCache(std::make_unique<MatchSetCache>())
    , m_planner(*m_ownCache) {}

FacetCounter::FacetCounter(const storage::Database &database, const SearchPlanner &planner)
    : m_database(database)
    , m_planner(planner) {}

bool FacetCounter::isInstant(const ProspectQuery &query) {
    if (!storage::ftsMatchExpression(query.search).isEmpty())
        return false;
    ProspectQuery bare;
    bare.search = query.search; // no terms: it filters nothing
    bare.stages = query.stages;
    bare.tiers = query.tiers;
    bare.archived = query.archived;
    bare.sort = query.sort;
    return query == bare;
}

bool FacetCounter::countFromCounters(const ProspectQuery &query, FacetCounts *counts, QString *error) const {
    QString where;
    if (query.archived == ProspectQuery::Archived::Exclude)
        where = QStringLiteral(" WHERE archived = 0");
    else if (query.archived == ProspectQuery::Archived::Only)
        where = QStringLiteral(" WHERE archived = 1");
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!storage::exec(
            q, QStringLiteral("SELECT stage, tier, sum(n) FROM prospect_counts%1 GROUP BY 1, 2").arg(where),
            {}, error))
        return false;
    // Each facet applies every filter but its own, as the scanning path does.
    while (q.next()) {
        const QString stage = q.value(0).toString();
        const QString tier = q.value(1).toString();
        const qint64 n = q.value(2).toLongLong();
        const bool stageKept = query.stages.isEmpty() || query.stages.contains(stage);
        const bool tierKept = query.tiers.isEmpty() || query.tiers.contains(tier);
        if (tierKept)
            counts->byStage[stage] += n;
        if (stageKept)
            counts->byTier[tier] += n;
        if (stageKept && tierKept)
            counts->total += n;
    }
    return true;
}

bool FacetCounter::count(const ProspectQuery &query, FacetCounts *counts, QString *error) const {
    zeroCounts(counts);
    if (isInstant(query))
        return countFromCounters(query, counts, error);

    SearchSql search;
    if (!m_planner.plan(m_database.connection(), query, SearchPlanner::Purpose::Count, &search, error))
        return false;
    const QuerySql sql(query, search);
    const auto grouped = [&](const QString &column, QuerySql::Skip skip, QMap<QString, qint64> *into) {
        QVariantList values;
        const QString from = sql.from(&values);
        const QString text = QStringLiteral("SELECT %1, count(*)%2%3 GROUP BY 1")
                                 .arg(column, from, sql.where(&values, skip, QuerySql::Use::Counting));
        QSqlQuery q(m_database.connection());
        if (!storage::exec(q, text, values, error))
            return false;
        while (q.next())
            into->insert(q.value(0).toString(), q.value(1).toLongLong());
        return true;
    };
    if (!grouped(QStringLiteral("stage"), QuerySql::Skip::Stages, &counts->byStage) ||
        !grouped(QStringLiteral("coalesce(tier_override, tier, 'none')"), QuerySql::Skip::Tiers,
                 &counts->byTier))
        return false;

    if (query.stages.isEmpty()) { // the stage counts already cover the whole query
        for (const qint64 n : std::as_const(counts->byStage))
            counts->total += n;
        return true;
    }
    QVariantList values;
    const QString from = sql.from(&values);
    QSqlQuery q(m_database.connection());
    if (!storage::exec(q,
                       QStringLiteral("SELECT count(*)") + from +
                           sql.where(&values, QuerySql::Skip::None, QuerySql::Use::Counting),
                       values, error) ||
        !q.next())
        return false;
    counts->total = q.value(0).toLongLong();
    return true;
}

bool FacetCounter::boundedCount(const ProspectQuery &query, qint64 cap, BoundedCount *result,
                                QString *error) const {
    *result = {};
    if (isInstant(query)) {
        FacetCounts counts;
        if (!countFromCounters(query, &counts, error))
            return false;
        result->count = counts.total;
        return true;
    }
    SearchSql search;
    if (!m_planner.plan(m_database.connection(), query, SearchPlanner::Purpose::BoundedCount, &search, error))
        return false;
    QVariantList values;
    const QuerySql sql(query, search);
    const QString from = sql.from(&values);
    const QString where = sql.where(&values, QuerySql::Skip::None, QuerySql::Use::Counting);
    values << cap + 1;
    QSqlQuery q(m_database.connection());
    if (!storage::exec(q, QStringLiteral("SELECT count(*) FROM (SELECT 1%1%2 LIMIT ?)").arg(from, where),
                       values, error) ||
        !q.next())
        return false;
    const qint64 n = q.value(0).toLongLong();
    result->exact = n <= cap;
    result->count = std::min(n, cap);
    return true;
}

} // namespace prospector::review
