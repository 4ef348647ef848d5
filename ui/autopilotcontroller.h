#pragma once

#include "singletonprovider.h"

#include <QObject>
#include <QQmlEngine>

namespace prospector::autopilot {
class AutopilotControl;
}

namespace prospector::ui {

// The Autopilot page's view of autopilot (QML singleton "Autopilot"): its state in words, the
// next run, the run waiting for approval, and the commands (turn on after the opt-in screen,
// turn off, Run now, Dry run, Pause/Resume, Approve/Reject). Everything goes through
// AutopilotControl, so the page works the same over the real service and a test double.
class AutopilotController : public QObject, public SingletonProvider<AutopilotController> {
    Q_OBJECT
    QML_NAMED_ELEMENT(Autopilot)
    QML_SINGLETON
    // "off" | "idle" | "running" | "paused" | "attention"
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(QString stateText READ stateText NOTIFY changed)
    Q_PROPERTY(QString attentionReason READ attentionReason NOTIFY changed)
    Q_PROPERTY(bool enabled READ enabled NOTIFY changed)
    Q_PROPERTY(bool paused READ paused NOTIFY changed)
    Q_PROPERTY(bool running READ running NOTIFY changed)
    Q_PROPERTY(bool canRunNow READ canRunNow NOTIFY changed)
    Q_PROPERTY(QString nextRunText READ nextRunText NOTIFY changed)
    // The run that waits for the rep's decision: 0 when none.
    Q_PROPERTY(qint64 pendingApprovalRunId READ pendingApprovalRunId NOTIFY changed)
    Q_PROPERTY(QString pendingApprovalSummary READ pendingApprovalSummary NOTIFY changed)
    // The last command's outcome in plain words (e.g. why turning on failed); empty when fine.
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    explicit AutopilotController(autopilot::AutopilotControl &control, QObject *parent = nullptr);

    QString state() const;
    QString stateText() const;
    QString attentionReason() const;
    bool enabled() const;
    bool paused() const;
    bool running() const;
    bool canRunNow() const;
    QString nextRunText() const;
    qint64 pendingApprovalRunId() const { return m_pendingRunId; }
    QString pendingApprovalSummary() const { return m_pendingSummary; }
    QString message() const { return m_message; }

    // Only after the opt-in screen's explicit confirmation.
    Q_INVOKABLE bool turnOn();
    Q_INVOKABLE bool turnOff();
    Q_INVOKABLE void runNow();
    Q_INVOKABLE void dryRun();
    Q_INVOKABLE void pause();
    Q_INVOKABLE void resume();
    Q_INVOKABLE void approve();
    Q_INVOKABLE void reject();

Q_SIGNALS:
    void changed();
    // A run ended (history and counters changed).
    void runFinished();

private:
    void findPendingApproval();
    void setMessage(const QString &message);

    autopilot::AutopilotControl &m_control;
    qint64 m_pendingRunId = 0;
    QString m_pendingSummary;
    QString m_message;
};

} // namespace prospector::ui
