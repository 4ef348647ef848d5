#pragma once

#include "autopilot/runreport.h"

#include <QObject>
#include <QSet>

namespace prospector::autopilot {
class AutopilotControl;
}

namespace prospector::ui {

class DesktopSettings;
class NotificationService;

// Turns what autopilot reports into desktop notifications — one summary per run, one per reply
// (with its classification), one per problem — and a click or an action into the right call:
// Approve/Reject go to AutopilotControl, a click opens the window on the page where the rep can
// act (openRequested). Quiet mode keeps only the problems that need the rep.
class DesktopNotifier : public QObject {
    Q_OBJECT
public:
    DesktopNotifier(autopilot::AutopilotControl &control, NotificationService &service,
                    const DesktopSettings &settings, QObject *parent = nullptr);

    // The window went to the tray for the first time: say that Prospector keeps running there.
    void notifyKeptRunningInTray();

Q_SIGNALS:
    // page: "autopilot" | "prospects" (with prospectId) | "settings" | "" (just show the window).
    void openRequested(const QString &page, qint64 prospectId);

private:
    void onRunFinished(const autopilot::RunReport &report);
    void onApprovalRequested(qint64 runId, const QString &summary);
    void onReply(qint64 prospectId, const QString &name, const QString &classification);
    void onProblem(const QString &kind, const QString &message);
    void onActivated(const QString &tag, const QString &actionKey);
    bool quiet() const;

    autopilot::AutopilotControl &m_control;
    NotificationService &m_service;
    const DesktopSettings &m_settings;
    // Runs whose approval notification is out: a later "approval" problem would repeat it.
    QSet<qint64> m_approvalsShown;
};

} // namespace prospector::ui
