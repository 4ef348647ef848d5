#pragma once

#include "review/prospectquery.h"

#include <QMap>
#include <QString>

namespace prospector::storage {
class Database;
}

namespace prospector::review {

// Counts for the sidebar of the current query. Stage counts ignore the query's own stage filter
// and tier counts its tier filter (so picking a stage still shows the others' numbers).
struct FacetCounts {
    qint64 total = 0;
    QMap<QString, qint64> byStage; // every pipeline stage, 0 when none
    QMap<QString, qint64> byTier;  // "hot", "warm", "cold", "none"
};

class FacetCounter {
public:
    explicit FacetCounter(const storage::Database &database);

    // Returns false (error set) when a query fails; counts are then incomplete.
    bool count(const ProspectQuery &query, FacetCounts *counts, QString *error = nullptr) const;

private:
    const storage::Database &m_database;
};

} // namespace prospector::review
