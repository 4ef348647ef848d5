#pragma once

#include "review/facetcounts.h"
#include "storage/importrepository.h"

#include <QDate>
#include <QList>
#include <QString>

namespace prospector::storage {
class Database;
}

namespace prospector::dashboard {

// One day of the activity chart. Imported counts prospects created by imports that were not
// undone; the others count timeline entries of kind "enriched", "synced" and "replied".
struct DailyActivity {
    QDate day;
    qint64 imported = 0;
    qint64 enriched = 0;
    qint64 synced = 0;
    qint64 replied = 0;
};

struct DashboardStats {
    review::FacetCounts pipeline; // non-archived prospects by stage and tier
    QList<DailyActivity> days;    // oldest first, one per day, ending today
    QList<storage::ImportRecord> recentImports;
};

// Reads the dashboard's aggregates: a few GROUP BY queries on indexed columns. Safe on any
// thread (uses the calling thread's connection); the UI runs it on a worker.
class DashboardStatsReader {
public:
    explicit DashboardStatsReader(const storage::Database &database);

    // `today` and `utcOffsetSeconds` decide which local day a timestamp belongs to.
    bool read(DashboardStats *stats, const QDate &today, int dayCount, int utcOffsetSeconds,
              QString *error = nullptr) const;

private:
    bool readDaily(QList<DailyActivity> *days, const QDate &today, int dayCount, int utcOffsetSeconds,
                   QString *error) const;

    const storage::Database &m_database;
};

} // namespace prospector::dashboard
