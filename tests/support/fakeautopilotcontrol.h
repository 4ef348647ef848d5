#pragma once

#include "autopilot/autopilotcontrol.h"

#include <QDateTime>
#include <QStringList>
#include <QVariantMap>

// Test double of AutopilotControl for the UI tests: records every call ("runNow(dry)", "pause",
// "approve(7)", ...) and lets a test set the state, add reports and emit the signals, from C++
// or from QML (registered as a singleton in ProspectorTest).
class FakeAutopilotControl : public prospector::autopilot::AutopilotControl {
    Q_OBJECT
    Q_PROPERTY(QStringList calls READ calls NOTIFY callsChanged)

public:
    using State = prospector::autopilot::AutopilotControl::State;
    using RunReport = prospector::autopilot::RunReport;

    State state() const override { return m_state; }
    QString attentionReason() const override { return m_reason; }
    qint64 nextRunAt() const override { return m_nextRunAt; }

    bool setEnabled(bool enabled, QString *error) override {
        record(
            QStringLiteral("setEnabled(%1)").arg(enabled ? QStringLiteral("true") : QStringLiteral("false")));
        if (!m_enableError.isEmpty()) {
            *error = m_enableError;
            return false;
        }
        setState(enabled ? State::Idle : State::Off);
        return true;
    }
    void runNow(bool dryRun) override {
        record(dryRun ? QStringLiteral("runNow(dry)") : QStringLiteral("runNow"));
    }
    void pause() override { record(QStringLiteral("pause")); }
    void resume() override { record(QStringLiteral("resume")); }
    void approve(qint64 runId) override { record(QStringLiteral("approve(%1)").arg(runId)); }
    void reject(qint64 runId) override { record(QStringLiteral("reject(%1)").arg(runId)); }
    QList<RunReport> history(int limit) const override { return m_history.mid(0, limit); }

    QStringList calls() const { return m_calls; }
    Q_INVOKABLE void clearCalls() {
        m_calls.clear();
        Q_EMIT callsChanged();
    }

    // "off" | "idle" | "running" | "paused" | "attention"
    Q_INVOKABLE void setStateKey(const QString &key, const QString &reason = {}) {
        static const QMap<QString, State> states{{QStringLiteral("off"), State::Off},
                                                 {QStringLiteral("idle"), State::Idle},
                                                 {QStringLiteral("running"), State::Running},
                                                 {QStringLiteral("paused"), State::Paused},
                                                 {QStringLiteral("attention"), State::NeedsAttention}};
        m_reason = reason;
        setState(states.value(key, State::Off));
    }
    void setState(State state) {
        m_state = state;
        Q_EMIT stateChanged();
    }
    Q_INVOKABLE void setNextRunAt(qint64 ms) {
        m_nextRunAt = ms;
        Q_EMIT stateChanged();
    }
    Q_INVOKABLE void setEnableError(const QString &error) { m_enableError = error; }

    // A finished report, newest first; also emitted as runFinished.
    Q_INVOKABLE void finishRun(const QVariantMap &r) {
        RunReport report;
        report.id = r.value(QStringLiteral("id")).toLongLong();
        report.startedAt = r.value(QStringLiteral("startedAt"), QVariant(qint64(1700000000000))).toLongLong();
        report.finishedAt =
            report.startedAt + r.value(QStringLiteral("durationMs"), QVariant(qint64(65000))).toLongLong();
        report.status =
            r.value(QStringLiteral("status"), prospector::autopilot::runstatus::succeeded).toString();
        report.dryRun = r.value(QStringLiteral("dryRun")).toBool();
        report.selected = r.value(QStringLiteral("selected")).toInt();
        report.synced = r.value(QStringLiteral("synced")).toInt();
        report.enrolled = r.value(QStringLiteral("enrolled")).toInt();
        const QVariantMap skipped = r.value(QStringLiteral("skipped")).toMap();
        for (auto it = skipped.cbegin(); it != skipped.cend(); ++it)
            report.skippedByReason.insert(it.key(), it.value().toInt());
        report.errors = r.value(QStringLiteral("errors")).toStringList();
        addReport(report);
    }
    void addReport(const RunReport &report) {
        m_history.removeIf([&report](const RunReport &r) { return r.id == report.id; });
        m_history.prepend(report);
        Q_EMIT runFinished(report);
    }
    // A run that waits for approval: in the history (as the real service persists it) and signalled.
    Q_INVOKABLE void requestApproval(qint64 runId, const QString &summary) {
        RunReport report;
        report.id = runId;
        report.startedAt = QDateTime::currentMSecsSinceEpoch();
        report.status = prospector::autopilot::runstatus::awaitingApproval;
        m_history.removeIf([runId](const RunReport &r) { return r.id == runId; });
        m_history.prepend(report);
        m_reason = summary;
        m_state = State::NeedsAttention;
        Q_EMIT approvalRequested(runId, summary);
        Q_EMIT stateChanged();
    }
    Q_INVOKABLE void emitReply(qint64 prospectId, const QString &name, const QString &label) {
        Q_EMIT replyReceived(prospectId, name, label);
    }
    Q_INVOKABLE void emitProblem(const QString &kind, const QString &message) {
        Q_EMIT problem(kind, message);
    }
    Q_INVOKABLE void reset() {
        m_history.clear();
        m_reason.clear();
        m_nextRunAt = -1;
        m_enableError.clear();
        setState(State::Off);
        clearCalls();
    }

Q_SIGNALS:
    void callsChanged();

private:
    void record(const QString &call) {
        m_calls.append(call);
        Q_EMIT callsChanged();
    }

    State m_state = State::Off;
    QString m_reason;
    qint64 m_nextRunAt = -1;
    QString m_enableError;
    QList<RunReport> m_history;
    QStringList m_calls;
};
