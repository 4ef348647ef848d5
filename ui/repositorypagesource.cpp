#include "repositorypagesource.h"

#include "storage/prospectrepository.h"
#include "storage/schema.h"

namespace prospector::ui {
namespace {

storage::ProspectFilter toFilter(const ReviewQuery &query) {
    storage::ProspectFilter filter;
    filter.search = query.search;
    filter.stage = query.stages.value(0);
    filter.tier = query.tiers.value(0);
    filter.tag = query.tags.value(0);
    filter.minScore = query.minScore;
    filter.includeArchived = query.archived != QLatin1String("active");
    return filter;
}

} // namespace

RepositoryPageSource::RepositoryPageSource(const storage::Database &database)
    : m_database(database) {}

qint64 RepositoryPageSource::count(const ReviewQuery &query, QString *error) const {
    return storage::ProspectRepository(m_database).count(toFilter(query), error);
}

QList<storage::Prospect> RepositoryPageSource::fetch(const ReviewQuery &query, qint64 offset, int limit,
                                                     QString *error) const {
    storage::ProspectFilter filter = toFilter(query);
    filter.offset = static_cast<int>(offset);
    filter.limit = limit;
    return storage::ProspectRepository(m_database).list(filter, error);
}

QList<qint64> RepositoryPageSource::ids(const ReviewQuery &query, qint64 offset, qint64 limit,
                                        QString *error) const {
    QList<qint64> result;
    const QList<storage::Prospect> rows = fetch(query, offset, static_cast<int>(limit), error);
    result.reserve(rows.size());
    for (const storage::Prospect &p : rows)
        result << p.id;
    return result;
}

QHash<QString, qint64> RepositoryPageSource::stageCounts(const ReviewQuery &query, QString *error) const {
    QHash<QString, qint64> counts;
    storage::ProspectFilter filter = toFilter(query);
    for (const QString &stage : storage::pipelineStages()) {
        filter.stage = stage;
        counts.insert(stage, storage::ProspectRepository(m_database).count(filter, error));
    }
    return counts;
}

QHash<QString, qint64> RepositoryPageSource::tierCounts(const ReviewQuery &query, QString *error) const {
    QHash<QString, qint64> counts;
    storage::ProspectFilter filter = toFilter(query);
    for (const QString &tier : {QStringLiteral("hot"), QStringLiteral("warm"), QStringLiteral("cold")}) {
        filter.tier = tier;
        counts.insert(tier, storage::ProspectRepository(m_database).count(filter, error));
    }
    return counts;
}

} // namespace prospector::ui
