#include "autopilotstatetext.h"

#include "autopilot/guardrails.h"
#include "autopilot/runreport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace prospector::ui {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("AutopilotText", text, disambiguation, n);
}
} // namespace

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
        return tr("Off");
    case State::Idle:
        return tr("On, waiting for the next run");
    case State::Running:
        return tr("Running");
    case State::Paused:
        return tr("Paused");
    case State::NeedsAttention:
        return tr("Needs your attention");
    }
    return {};
}

QString nextRunText(qint64 nextRunAtMs) {
    if (nextRunAtMs < 0)
        return tr("not scheduled");
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(nextRunAtMs);
    const QLocale locale;
    const QDate today = QDate::currentDate();
    const QString time = locale.toString(at.time(), QLocale::ShortFormat);
    if (at.date() == today)
        return tr("today at %1").arg(time);
    if (at.date() == today.addDays(1))
        return tr("tomorrow at %1").arg(time);
    return tr("%1 at %2").arg(locale.toString(at.date(), QStringLiteral("ddd d MMM")), time);
}

QString durationText(qint64 ms) {
    if (ms <= 0)
        return QStringLiteral("—");
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QString runStatusText(const QString &status) {
    namespace rs = autopilot::runstatus;
    if (status == rs::running)
        return tr("running");
    if (status == rs::succeeded)
        return tr("finished");
    if (status == rs::failed)
        return tr("failed");
    if (status == rs::awaitingApproval)
        return tr("waiting for approval");
    if (status == rs::abandoned)
        return tr("interrupted");
    if (status == QLatin1String("rejected"))
        return tr("rejected");
    if (status == QLatin1String("stopped") || status == QLatin1String("paused"))
        return tr("stopped by the kill switch");
    return status;
}

QString skipReasonText(const QString &reason) {
    namespace skip = autopilot::skip;
    if (reason == skip::belowMinScore)
        return tr("score below the minimum");
    if (reason == skip::invalidEmail)
        return tr("no valid e-mail address");
    if (reason == skip::suppressed)
        return tr("on the suppression list");
    if (reason == skip::dailyCapReached)
        return tr("daily cap reached");
    if (reason == skip::outsideBusinessHours)
        return tr("outside business hours");
    if (reason == QLatin1String("budget_reached") || reason == QLatin1String("credit_budget_reached"))
        return tr("credit budget reached");
    return reason;
}

QString replyLabelText(const QString &label) {
    if (label == QLatin1String("positive"))
        return tr("interested");
    if (label == QLatin1String("negative"))
        return tr("not interested");
    if (label == QLatin1String("info_request"))
        return tr("asks for information");
    if (label == QLatin1String("neutral"))
        return tr("neutral");
    return label;
}

} // namespace prospector::ui
