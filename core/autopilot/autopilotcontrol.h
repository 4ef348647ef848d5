#pragma once

#include "autopilot/runreport.h"

#include <QList>
#include <QObject>
#include <QString>

namespace prospector::autopilot {

// What the window, the tray and the notifications need from autopilot, and nothing more.
// The core implementation (AutopilotService) runs the pipeline; the UI (AutopilotController,
// tray, notifier) talks only to this interface, so each side can be tested with a fake of the other.
// Every call is made on the thread that owns the object (the GUI thread in the app).
class AutopilotControl : public QObject {
    Q_OBJECT
public:
    enum class State {
        Off,            // not opted in
        Idle,           // opted in, waiting for the next scheduled run
        Running,        // a run is in progress
        Paused,         // kill switch on: no run starts; a running one stops at its next safe point
        NeedsAttention, // a run waits for approval, or a service needs a new token / is down
    };
    Q_ENUM(State)

    using QObject::QObject;

    virtual State state() const = 0;
    // Why the state is NeedsAttention (translated, plain text); empty otherwise.
    virtual QString attentionReason() const = 0;
    // Epoch ms of the next scheduled run, -1 when none (off, paused, or no slot).
    virtual qint64 nextRunAt() const = 0;

    // Opting in/out is explicit; returns false with a message when the settings cannot be stored.
    virtual bool setEnabled(bool enabled, QString *error) = 0;
    // Starts a run at once (outside the schedule). A dry run writes nothing remote.
    virtual void runNow(bool dryRun) = 0;
    // Kill switch: persisted, so it survives a restart. A run in progress stops at its next safe
    // point (between batches) and records what it had done.
    virtual void pause() = 0;
    virtual void resume() = 0;
    // Decide a run that waits for approval (approvalRequested).
    virtual void approve(qint64 runId) = 0;
    virtual void reject(qint64 runId) = 0;

    // Newest first.
    virtual QList<RunReport> history(int limit) const = 0;

Q_SIGNALS:
    void stateChanged();
    void runStarted(qint64 runId, bool dryRun);
    void runFinished(const prospector::autopilot::RunReport &report);
    // `summary` says what the run would do (translated, plain text).
    void approvalRequested(qint64 runId, const QString &summary);
    // A tracked reply; `classification` is the reply classifier's label (positive, negative, ...).
    void replyReceived(qint64 prospectId, const QString &prospectName, const QString &classification);
    // kind: "auth" | "budget" | "service_down" | "approval" | "error"; message is translated plain text.
    void problem(const QString &kind, const QString &message);
};

} // namespace prospector::autopilot
