#include "review/facetcounts.h"

#include "review/querysql.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "storage/sqlerror.h"

#include <QSqlQuery>

namespace prospector::review {

FacetCounter::FacetCounter(const storage::Database &database)
    : m_database(database) {}

bool FacetCounter::count(const ProspectQuery &query, FacetCounts *counts, QString *error) const {
    *counts = {};
    for (const QString &stage : storage::pipelineStages())
        counts->byStage.insert(stage, 0);
    for (const char *tier : {"hot", "warm", "cold", "none"})
        counts->byTier.insert(QString::fromLatin1(tier), 0);

    const QuerySql sql(query);
    const auto grouped = [&](const QString &column, QuerySql::Skip skip, QMap<QString, qint64> *into) {
        QVariantList values;
        const QString text = QStringLiteral("SELECT %1, count(*) FROM prospects%2 GROUP BY 1")
                                 .arg(column, sql.where(&values, skip, QuerySql::Use::Counting));
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
    QSqlQuery q(m_database.connection());
    if (!storage::exec(q,
                       QStringLiteral("SELECT count(*) FROM prospects") +
                           sql.where(&values, QuerySql::Skip::None, QuerySql::Use::Counting),
                       values, error) ||
        !q.next())
        return false;
    counts->total = q.value(0).toLongLong();
    return true;
}

} // namespace prospector::review
