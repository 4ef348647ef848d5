#pragma once

#include <QList>
#include <QString>

namespace prospector::storage {
class Database;
}

namespace prospector::autopilot {

// The rescore step: the run's prospects scored again with the saved ICP rules (the same
// ProspectScorer as `prospector rescore` and the Scoring page), written in one transaction. Only
// score, reasons and tier change; a tier override still wins when shown.
class SelectionRescorer {
public:
    explicit SelectionRescorer(const storage::Database &database);
    // `rescored`: how many scores or tiers changed.
    bool rescore(const QList<qint64> &prospectIds, int *rescored, QString *error);

private:
    const storage::Database &m_database;
};

} // namespace prospector::autopilot
