#pragma once

#include "autopilot/autopilotrunrepository.h"
#include "autopilot/autopilotsettings.h"
#include "autopilot/operationdrainer.h"
#include "autopilot/runreport.h"

#include <QObject>
#include <QTimeZone>
#include <QTimer>
#include <memory>

namespace prospector::storage {
class Database;
}
namespace prospector::sync {
class Clock;
class OutboxRepository;
class RetrySchedule;
} // namespace prospector::sync

namespace prospector::autopilot {

class EnrichmentQueue;
class ReplyPoller;
class RunAudit;

// What a run needs from the outside; owned by the caller, alive while the run executes.
struct RunDependencies {
    const storage::Database *database = nullptr;
    const sync::Clock *clock = nullptr;
    QTimeZone zone; // the rep's: schedule, daily caps, business hours when the prospect's is unknown
    OperationDrainer *drainer = nullptr;
    EnrichmentQueue *enrichment = nullptr;
    ReplyPoller *replies = nullptr;
};

// Executes one real run from its persisted step to the end, on the thread that owns it:
//   select -> enrich -> rescore -> sync -> enroll -> track -> done.
// Steps that write remotely work in batches: queue a batch (outbox + audit, one transaction),
// drain it until every operation is settled, persist, and only then look at the kill switch
// (between batches and between steps is the safe point). Everything needed to continue is in
// the database, so a run killed anywhere continues from where it was, and the audit trail makes
// sure no prospect is queued twice by the same run (the idempotency keys make sure no effect
// happens twice, whoever asks).
// A step that needs approval persists the question and the run leaves 'running' for
// 'awaiting_approval'; the caller continues it (takeOver + a new executor) once approved.
class RunExecutor : public QObject {
    Q_OBJECT
public:
    RunExecutor(const RunDependencies &deps, AutopilotSettings settings, RunState state,
                QObject *parent = nullptr);
    ~RunExecutor() override;

    qint64 runId() const { return m_state.id; }
    QString step() const { return m_state.step; }
    // Operations queued per batch (the distance between two safe points).
    void setBatchSize(int size) { m_batchSize = qMax(1, size); }
    void setHeartbeatIntervalMs(int ms) { m_heartbeat.setInterval(ms); }

    // Continues from the persisted step (asynchronously: nothing happens inside start()).
    void start();
    // Kill switch: the run stops at its next safe point and leaves as 'paused'. A paused flag
    // persisted by another process (e.g. `prospector autopilot pause`) is honoured the same way.
    void requestStop();
    // The process is quitting: stop now, write nothing more; the run stays 'running' and is
    // continued on the next start. finished() is not emitted.
    void abandon();

Q_SIGNALS:
    // The run left 'running': a final status, 'paused' or 'awaiting_approval'.
    void finished(const prospector::autopilot::RunReport &report);
    void stepStarted(const QString &step);
    void replyReceived(qint64 prospectId, const QString &prospectName, const QString &classification);
    void problem(const QString &kind, const QString &message);

private:
    void scheduleNext();
    void next();
    bool stopRequestedNow();
    void advance();
    bool save();

    void doSelect();
    void doRescore();
    void doTrack();
    void doBatchStep();
    bool pendingOf(const QString &step, const QJsonObject &plan, QList<qint64> *pending);
    bool queueBatch(const QString &step, const QList<qint64> &batch);
    void onDrained(const QString &step, const OperationDrainer::Result &result);

    // Credits ever spent on Explorium by the ledger (fails the run when unreadable).
    bool creditsSpent(qint64 *total);
    void leave(const QString &status);
    void fail(const QString &error, bool notify = true);
    void awaitApproval(const QString &step, const QString &summary);
    void pauseHere();

    RunDependencies m_deps;
    AutopilotSettings m_settings;
    RunState m_state;
    std::unique_ptr<sync::RetrySchedule> m_schedule;
    std::unique_ptr<sync::OutboxRepository> m_outbox;
    std::unique_ptr<RunAudit> m_audit;
    AutopilotRunRepository m_runs;
    QTimer m_heartbeat;
    QString m_announcedStep;
    qint64 m_creditsBefore = 0;
    int m_batchSize = 25;
    bool m_stopRequested = false;
    bool m_abandoned = false;
    bool m_done = false;
    bool m_nextQueued = false;
};

} // namespace prospector::autopilot
