#include "autopilotstatetext.h"

#include "autopilot/guardrails.h"
#include "autopilot/runreport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace prospector::ui {

using State = autopilot::AutopilotControl::State;

QString autopilotStateKey(State state) {
    switch (state) {
    case State::Off:
        return QStringLiteral("off");
    case State::Idle:
        return QStringLiteral("idle");
    case State::Running:
        return QStringLiteral("running");
    case State::Paused:
        return QStringLiteral("paused");
    case State::NeedsAttention:
        return QStringLiteral("attention");
    }
    return QStringLiteral("off");
}

QString autopilotStateText(State state) {
    switch (state) {
    case State::Off:
        return QCoreApplication::translate("AutopilotText", "Off");
    case State::Idle:
        return QCoreApplication::translate("AutopilotText", "On, waiting for the next run");
    case State::Running:
        return QCoreApplication::translate("AutopilotText", "Running");
    case State::Paused:
        return QCoreApplication::translate("AutopilotText", "Paused");
    case State::NeedsAttention:
        return QCoreApplication::translate("AutopilotText", "Needs your attention");
    }
    return {};
}

QString nextRunText(qint64 nextRunAtMs) {
    if (nextRunAtMs < 0)
        return QCoreApplication::translate("AutopilotText", "not scheduled");
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(nextRunAtMs);
    const QLocale locale;
    const QDate today = QDate::currentDate();
    const QString time = locale.toString(at.time(), QLocale::ShortFormat);
    if (at.date() == today)
        return QCoreApplication::translate("AutopilotText", "today at %1").arg(time);
    if (at.date() == today.addDays(1))
        return QCoreApplication::translate("AutopilotText", "tomorrow at %1").arg(time);
    return QCoreApplication::translate("AutopilotText", "%1 at %2")
        .arg(locale.toString(at.date(), QStringLiteral("ddd d MMM")), time);
}

QString durationText(qint64 ms) {
    if (ms <= 0)
        return QStringLiteral("—");
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 60)
        return QCoreApplication::translate("AutopilotText", "%1 s").arg(seconds);
    if (seconds < 3600)
        return QCoreApplication::translate("AutopilotText", "%1 min %2 s")
            .arg(seconds / 60)
            .arg(seconds % 60);
    return QCoreApplication::translate("AutopilotText", "%1 h %2 min")
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60);
}

QString runStatusText(const QString &status) {
    namespace rs = autopilot::runstatus;
    if (status == rs::running)
        return QCoreApplication::translate("AutopilotText", "running");
    if (status == rs::succeeded)
        return QCoreApplication::translate("AutopilotText", "finished");
    if (status == rs::failed)
        return QCoreApplication::translate("AutopilotText", "failed");
    if (status == rs::awaitingApproval)
        return QCoreApplication::translate("AutopilotText", "waiting for approval");
    if (status == rs::abandoned)
        return QCoreApplication::translate("AutopilotText", "interrupted");
    if (status == QLatin1String("rejected"))
        return QCoreApplication::translate("AutopilotText", "rejected");
    if (status == QLatin1String("stopped") || status == QLatin1String("paused"))
        return QCoreApplication::translate("AutopilotText", "stopped by the kill switch");
    return status;
}

QString skipReasonText(const QString &reason) {
    namespace skip = autopilot::skip;
    if (reason == skip::belowMinScore)
        return QCoreApplication::translate("AutopilotText", "score below the minimum");
    if (reason == skip::invalidEmail)
        return QCoreApplication::translate("AutopilotText", "no valid e-mail address");
    if (reason == skip::suppressed)
        return QCoreApplication::translate("AutopilotText", "on the suppression list");
    if (reason == skip::dailyCapReached)
        return QCoreApplication::translate("AutopilotText", "daily cap reached");
    if (reason == skip::outsideBusinessHours)
        return QCoreApplication::translate("AutopilotText", "outside business hours");
    if (reason == QLatin1String("budget_reached") || reason == QLatin1String("credit_budget_reached"))
        return QCoreApplication::translate("AutopilotText", "credit budget reached");
    return reason;
}

QString replyLabelText(const QString &label) {
    if (label == QLatin1String("positive"))
        return QCoreApplication::translate("AutopilotText", "interested");
    if (label == QLatin1String("negative"))
        return QCoreApplication::translate("AutopilotText", "not interested");
    if (label == QLatin1String("info_request"))
        return QCoreApplication::translate("AutopilotText", "asks for information");
    if (label == QLatin1String("neutral"))
        return QCoreApplication::translate("AutopilotText", "neutral");
    return label;
}

} // namespace prospector::ui
