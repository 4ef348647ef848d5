#include "dashboard/dashboardstats.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace prospector::dashboard {
namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

} // namespace

DashboardStatsReader::DashboardStatsReader(const storage::Database &database)
    : m_database(database) {}

bool DashboardStatsReader::read(DashboardStats *stats, const QDate &today, int dayCount, int utcOffsetSeconds,
                                QString *error) const {
    if (!review::FacetCounter(m_database).count(review::ProspectQuery{}, &stats->pipeline, error))
        return false;
    if (!readDaily(&stats->days, today, dayCount, utcOffsetSeconds, error))
        return false;
    QString importError;
    stats->recentImports = storage::ImportRepository(m_database).list(5, &importError);
    if (!importError.isEmpty()) {
        if (error)
            *error = importError;
        return false;
    }
    return true;
}

bool DashboardStatsReader::readDaily(QList<DailyActivity> *days, const QDate &today, int dayCount,
                                     int utcOffsetSeconds, QString *error) const {
    days->clear();
    const QDate first = today.addDays(-(dayCount - 1));
    for (int i = 0; i < dayCount; ++i)
        days->append(DailyActivity{first.addDays(i)});
    const qint64 offsetMs = qint64(utcOffsetSeconds) * 1000;
    // Local midnight of the first day, in UTC milliseconds.
    const qint64 since = first.startOfDay(Qt::UTC).toMSecsSinceEpoch() - offsetMs;
    const qint64 firstDayNumber = (since + offsetMs) / kDayMs;
    const auto bucket = [&](qint64 dayNumber) -> DailyActivity * {
        const qint64 index = dayNumber - firstDayNumber;
        return index >= 0 && index < days->size() ? &(*days)[index] : nullptr;
    };

    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!storage::exec(query,
                       QStringLiteral("SELECT (started_at + ?) / ?, sum(created_count) FROM imports "
                                      "WHERE started_at >= ? AND status <> 'undone' GROUP BY 1"),
                       {offsetMs, kDayMs, since}, error))
        return false;
    while (query.next()) {
        if (DailyActivity *day = bucket(query.value(0).toLongLong()))
            day->imported = query.value(1).toLongLong();
    }
    // The timeline kinds the sync engine writes (core/sync: HubSpotContactSync, ReplyRecorder).
    if (!storage::exec(
            query,
            QStringLiteral("SELECT kind, (occurred_at + ?) / ?, count(*) FROM activities "
                           "WHERE kind IN ('enriched', 'hubspot_synced', 'reply') AND occurred_at >= ? "
                           "GROUP BY 1, 2"),
            {offsetMs, kDayMs, since}, error))
        return false;
    while (query.next()) {
        DailyActivity *day = bucket(query.value(1).toLongLong());
        if (!day)
            continue;
        const QString kind = query.value(0).toString();
        const qint64 count = query.value(2).toLongLong();
        if (kind == QLatin1String("enriched"))
            day->enriched = count;
        else if (kind == QLatin1String("hubspot_synced"))
            day->synced = count;
        else
            day->replied = count;
    }
    return true;
}

} // namespace prospector::dashboard
