#pragma once

#include <QList>
#include <QString>

namespace prospector::storage {
class Database;
}

namespace prospector::sync {

// A stored conflict: a property the rep and someone in HubSpot both changed; HubSpot's value won
// (HubSpotConflictRule) and is now the local value too.
struct HubSpotConflict {
    qint64 id = 0;
    qint64 prospectId = 0;
    QString property;     // HubSpot property, e.g. "jobtitle"
    QString field;        // prospect field, e.g. "title"
    QString baseValue;    // last-synced value ("" when there was none)
    QString localValue;   // the rep's value that was replaced
    QString hubspotValue; // the value kept
    qint64 detectedAt = 0;
};

// Reads and dismisses the conflicts the HubSpot sync recorded (written by HubSpotContactSync in
// its write-back transaction). Uses the calling thread's connection.
class HubSpotConflictRepository {
public:
    explicit HubSpotConflictRepository(const storage::Database &database);

    // Conflicts of one prospect the rep has not dismissed, newest first.
    QList<HubSpotConflict> forProspect(qint64 prospectId, QString *error = nullptr) const;
    int openCount(QString *error = nullptr) const;
    // The rep has seen it: it leaves the detail pane (the timeline entry stays).
    bool dismiss(qint64 conflictId, qint64 now, QString *error = nullptr);

private:
    const storage::Database &m_database;
};

} // namespace prospector::sync
