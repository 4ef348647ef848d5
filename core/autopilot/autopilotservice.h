#pragma once

#include "autopilot/autopilotcontrol.h"
#include "autopilot/autopilotrunrepository.h"
#include "autopilot/runlock.h"

#include <QTimeZone>
#include <QTimer>
#include <memory>

namespace prospector::storage {
class Database;
}
namespace prospector::sync {
class Clock;
}

namespace prospector::autopilot {

class EnrichmentQueue;
class OperationDrainer;
class ReplyPoller;
class RunExecutor;

// The autopilot: schedule, Run now, one run at a time (RunLock + the open-run rule of
// AutopilotRunRepository), approvals, the kill switch, and continuing a run that was interrupted
// by a quit or a crash. Runs are executed by RunExecutor on this object's thread; the drainer,
// the enrichment queue and the reply poller are injected (headless ones in the command line,
// the in-app engine in the window), so is the clock (virtual in tests).
class AutopilotService final : public AutopilotControl {
    Q_OBJECT
public:
    struct Options {
        QString ownerKind = QStringLiteral("app"); // shows in the run's owner: app | cli
        int batchSize = 25;                        // operations per batch (safe points)
        int tickIntervalMs = 60'000;               // schedule re-evaluation, also catches a wake-up
    };

    AutopilotService(const storage::Database &database, const sync::Clock &clock, QTimeZone zone,
                     OperationDrainer &drainer, EnrichmentQueue &enrichment, ReplyPoller &replies,
                     Options options, QObject *parent = nullptr);
    AutopilotService(const storage::Database &database, const sync::Clock &clock, QTimeZone zone,
                     OperationDrainer &drainer, EnrichmentQueue &enrichment, ReplyPoller &replies,
                     QObject *parent = nullptr);
    ~AutopilotService() override;

    // Loads the settings, continues an interrupted or resumed run, re-announces a waiting
    // approval, and starts the schedule. False (with the reason as attention) when the settings
    // cannot be read: then nothing runs.
    bool start(QString *error = nullptr);
    // Looks at the schedule and open runs now. Called by the timer; call it after a wake-up.
    void tick();
    // Before quitting: a run in progress stops where it is, writes nothing more, and is
    // continued from its persisted step on the next start.
    void shutdown();

    enum class StartResult { Started, Continued, AwaitingApproval, Busy, Paused, Error };
    StartResult startRun(const QString &origin, QString *message);
    // Plans a run without writing anything remote and records its report.
    bool dryRun(RunReport *report, bool *needsApproval, QString *error);
    // Approve (the run continues here) or reject (it ends as rejected).
    bool decide(qint64 runId, bool approve, QString *message);
    bool isRunning() const { return m_executor != nullptr; }

    // AutopilotControl
    State state() const override;
    QString attentionReason() const override;
    qint64 nextRunAt() const override { return m_nextRunAt; }
    bool setEnabled(bool enabled, QString *error) override;
    void runNow(bool dryRun) override;
    void pause() override;
    void resume() override;
    void approve(qint64 runId) override;
    void reject(qint64 runId) override;
    QList<RunReport> history(int limit) const override;
    PendingApproval pendingApproval() const override { return m_pending; }
    QList<AuditEntry> audit(qint64 runId, bool writesOnly) const override;
    AutopilotSettings settings() const override { return m_settings; }
    bool setSettings(const AutopilotSettings &settings, QString *error) override;

Q_SIGNALS:
    // The run in this process moved to a step (runstep names), for progress output.
    void stepStarted(qint64 runId, const QString &step);

private:
    bool loadSettings(QString *error);
    bool storeSettings(const AutopilotSettings &settings, QString *error);
    // Looks at the open run: re-announces a waiting approval, continues a paused run after
    // resume() or a run whose process died. Returns true when an open run exists.
    bool handleOpenRun();
    StartResult continueRun(RunState state, const QString &fromStatus, QString *message);
    void launch(const RunState &state);
    void onRunLeft(const RunReport &report);
    void onProblem(const QString &kind, const QString &message);
    void refreshState();
    void armTimer();

    const storage::Database &m_database;
    const sync::Clock &m_clock;
    QTimeZone m_zone;
    OperationDrainer &m_drainer;
    EnrichmentQueue &m_enrichment;
    ReplyPoller &m_replies;
    Options m_options;
    QString m_owner;
    AutopilotRunRepository m_runs;
    RunLock m_lock;
    AutopilotSettings m_settings;
    std::unique_ptr<RunExecutor> m_executor;
    PendingApproval m_pending;
    QString m_attention; // auth / service down / unreadable settings, until a run succeeds
    qint64 m_nextRunAt = -1;
    State m_lastState = State::Off;
    QString m_lastAttention;
    QTimer m_timer;
    bool m_started = false;
};

} // namespace prospector::autopilot
