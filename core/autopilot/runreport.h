#pragma once

#include <QJsonObject>
#include <QMap>
#include <QMetaType>
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
    QString origin; // manual | schedule | catch_up
    QString step;   // the step it is at (or stopped at); "done" when it went through
    int selected = 0;
    int enriched = 0;
    int cacheHits = 0; // enrichments served from the cache: no credits spent
    int rescored = 0;
    int synced = 0;
    int enrolled = 0;
    int replies = 0;
    qint64 creditsUsed = 0; // a dry run: the credits it would spend
    QMap<QString, int> skippedByReason;
    QStringList errors;
    // Why the run stopped before the end (kill switch, a guardrail that stopped a step, ...),
    // translated plain text; empty when it went through.
    QString stopReason;
    // What the rep is asked to approve (translated plain text); set while awaiting approval.
    QString approvalSummary;

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
inline const QString rejected = QStringLiteral("rejected");
// Stopped by the kill switch at a safe point; continues where it stopped after resume().
inline const QString paused = QStringLiteral("paused");
// A run whose process died before schema 15 (runs are resumed since then).
inline const QString abandoned = QStringLiteral("abandoned");

// Running, waiting for approval or paused: the run is not over, and no other run starts.
inline bool isOpen(const QString &status) {
    return status == running || status == awaitingApproval || status == paused;
}
} // namespace runstatus

namespace runorigin {
inline const QString manual = QStringLiteral("manual");
inline const QString schedule = QStringLiteral("schedule");
inline const QString catchUp = QStringLiteral("catch_up");
} // namespace runorigin

} // namespace prospector::autopilot

Q_DECLARE_METATYPE(prospector::autopilot::RunReport)
