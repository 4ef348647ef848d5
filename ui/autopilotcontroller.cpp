#include "autopilotcontroller.h"

#include "autopilot/autopilotcontrol.h"
#include "autopilotstatetext.h"

namespace prospector::ui {

using State = autopilot::AutopilotControl::State;

AutopilotController::AutopilotController(autopilot::AutopilotControl &control, QObject *parent)
    : QObject(parent)
    , m_control(control) {
    using C = autopilot::AutopilotControl;
    connect(&control, &C::stateChanged, this, [this] {
        findPendingApproval();
        Q_EMIT changed();
    });
    connect(&control, &C::runStarted, this, [this] { setMessage(QString()); });
    connect(&control, &C::runFinished, this, [this](const autopilot::RunReport &report) {
        if (report.id == m_pendingRunId && report.status != autopilot::runstatus::awaitingApproval) {
            m_pendingRunId = 0;
            m_pendingSummary.clear();
        }
        Q_EMIT changed();
        Q_EMIT runFinished();
    });
    connect(&control, &C::approvalRequested, this, [this](qint64 runId, const QString &summary) {
        m_pendingRunId = runId;
        m_pendingSummary = summary;
        Q_EMIT changed();
    });
    findPendingApproval();
}

// A run may have been waiting since before this window opened (approvals survive restarts):
// the history says which one; its summary is the attention reason until the signal repeats it.
void AutopilotController::findPendingApproval() {
    const QList<autopilot::RunReport> recent = m_control.history(5);
    qint64 waiting = 0;
    for (const autopilot::RunReport &report : recent) {
        if (report.status == autopilot::runstatus::awaitingApproval) {
            waiting = report.id;
            break;
        }
    }
    if (waiting == 0) {
        m_pendingRunId = 0;
        m_pendingSummary.clear();
    } else if (waiting != m_pendingRunId) {
        m_pendingRunId = waiting;
        m_pendingSummary = m_control.attentionReason();
    }
}

QString AutopilotController::state() const {
    return autopilotStateKey(m_control.state());
}

QString AutopilotController::stateText() const {
    return autopilotStateText(m_control.state());
}

QString AutopilotController::attentionReason() const {
    return m_control.state() == State::NeedsAttention ? m_control.attentionReason() : QString();
}

bool AutopilotController::enabled() const {
    return m_control.state() != State::Off;
}

bool AutopilotController::paused() const {
    return m_control.state() == State::Paused;
}

bool AutopilotController::running() const {
    return m_control.state() == State::Running;
}

bool AutopilotController::canRunNow() const {
    const State state = m_control.state();
    return (state == State::Idle || state == State::NeedsAttention) && m_pendingRunId == 0;
}

QString AutopilotController::nextRunText() const {
    return ui::nextRunText(m_control.nextRunAt());
}

bool AutopilotController::turnOn() {
    QString error;
    if (!m_control.setEnabled(true, &error)) {
        setMessage(tr("Autopilot could not be turned on: %1").arg(error));
        return false;
    }
    setMessage(QString());
    return true;
}

bool AutopilotController::turnOff() {
    QString error;
    if (!m_control.setEnabled(false, &error)) {
        setMessage(tr("Autopilot could not be turned off: %1").arg(error));
        return false;
    }
    setMessage(QString());
    return true;
}

void AutopilotController::runNow() {
    m_control.runNow(false);
}

void AutopilotController::dryRun() {
    m_control.runNow(true);
}

void AutopilotController::pause() {
    m_control.pause();
}

void AutopilotController::resume() {
    m_control.resume();
}

void AutopilotController::approve() {
    if (m_pendingRunId > 0)
        m_control.approve(m_pendingRunId);
}

void AutopilotController::reject() {
    if (m_pendingRunId > 0)
        m_control.reject(m_pendingRunId);
}

void AutopilotController::setMessage(const QString &message) {
    if (m_message == message)
        return;
    m_message = message;
    Q_EMIT changed();
}

} // namespace prospector::ui
