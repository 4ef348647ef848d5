#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace prospector::autopilot {

// What one autopilot run did (or, for a dry run, would do). Stored in autopilot_runs.
struct RunReport {
    qint64 id = 0;
    qint64 startedAt = 0;
    qint64 finishedAt = 0; // 0 while running
    QString status;        // see runstatus below
    bool dryRun = false;
    int selected = 0;
    int synced = 0;
    int enrolled = 0;
    QMap<QString, int> skippedByReason;
    QStringList errors;

    void addSkips(const QMap<QString, int> &skips);
    int skippedTotal() const;
    qint64 durationMs() const { return finishedAt > 0 ? finishedAt - startedAt : 0; }
    QJsonObject toJson() const;
};

namespace runstatus {
inline const QString running = QStringLiteral("running");
inline const QString succeeded = QStringLiteral("succeeded");
inline const QString failed = QStringLiteral("failed");
inline const QString awaitingApproval = QStringLiteral("awaiting_approval");
// A run whose process died; its lock was taken over by a later run.
inline const QString abandoned = QStringLiteral("abandoned");
} // namespace runstatus

} // namespace prospector::autopilot
