#include "desktopnotifier.h"

#include "autopilot/autopilotcontrol.h"
#include "autopilotstatetext.h"
#include "desktopsettings.h"
#include "notificationservice.h"

#include <QCoreApplication>

namespace prospector::ui {

namespace {

const auto kDefault = QStringLiteral("default");
const auto kApprove = QStringLiteral("approve");
const auto kReject = QStringLiteral("reject");

Notification::Action openAction() {
    return {kDefault, QCoreApplication::translate("DesktopNotifier", "Open")};
}

QString runBody(const autopilot::RunReport &report) {
    QStringList parts;
    parts << QCoreApplication::translate("DesktopNotifier", "%n prospect(s) selected", nullptr,
                                         report.selected);
    const QJsonObject json = report.toJson();
    if (const int enriched = json.value(QStringLiteral("enriched")).toInt(); enriched > 0)
        parts << QCoreApplication::translate("DesktopNotifier", "%n enriched", nullptr, enriched);
    parts << QCoreApplication::translate("DesktopNotifier", "%n synced to HubSpot", nullptr, report.synced)
          << QCoreApplication::translate("DesktopNotifier", "%n enrolled", nullptr, report.enrolled);
    if (report.skippedTotal() > 0)
        parts << QCoreApplication::translate("DesktopNotifier", "%n skipped", nullptr, report.skippedTotal());
    QString body = parts.join(QStringLiteral(", ")) + QLatin1Char('.');
    if (!report.errors.isEmpty()) {
        const int errorCount = static_cast<int>(report.errors.size());
        body += QLatin1Char('\n') +
                QCoreApplication::translate("DesktopNotifier", "%n error(s): %1", nullptr, errorCount)
                    .arg(report.errors.constFirst());
    }
    return body;
}

} // namespace

DesktopNotifier::DesktopNotifier(autopilot::AutopilotControl &control, NotificationService &service,
                                 const DesktopSettings &settings, QObject *parent)
    : QObject(parent)
    , m_control(control)
    , m_service(service)
    , m_settings(settings) {
    using C = autopilot::AutopilotControl;
    connect(&control, &C::runFinished, this, &DesktopNotifier::onRunFinished);
    connect(&control, &C::approvalRequested, this, &DesktopNotifier::onApprovalRequested);
    connect(&control, &C::replyReceived, this, &DesktopNotifier::onReply);
    connect(&control, &C::problem, this, &DesktopNotifier::onProblem);
    connect(&service, &NotificationService::activated, this, &DesktopNotifier::onActivated);
}

bool DesktopNotifier::quiet() const {
    return m_settings.quietNotifications();
}

void DesktopNotifier::notifyKeptRunningInTray() {
    m_service.show({QStringLiteral("tray"),
                    tr("Prospector keeps running in the tray"),
                    tr("Autopilot goes on with its schedule. Open Prospector from the tray icon; "
                       "Quit is in its menu. You can change this in Settings › Desktop."),
                    {openAction()},
                    false});
}

void DesktopNotifier::onRunFinished(const autopilot::RunReport &report) {
    namespace rs = autopilot::runstatus;
    m_approvalsShown.remove(report.id);
    if (report.status == rs::awaitingApproval)
        return; // approvalRequested says it, with the buttons
    // The rep rejected it a moment ago: nothing to tell.
    if (report.status == QLatin1String("rejected"))
        return;
    const bool failed = report.status == rs::failed;
    // A failed run needs the rep; a good one is only news.
    if (quiet() && !failed)
        return;
    QString title;
    if (report.status == QLatin1String("paused"))
        title = tr("Autopilot run paused by the kill switch; it continues when you resume");
    else if (failed)
        title = report.dryRun ? tr("Autopilot dry run failed") : tr("Autopilot run failed");
    else if (report.dryRun)
        title = tr("Autopilot dry run finished (nothing was sent)");
    else
        title = tr("Autopilot run finished");
    m_service.show({QStringLiteral("run:%1").arg(report.id), title, runBody(report), {openAction()}, failed});
}

void DesktopNotifier::onApprovalRequested(qint64 runId, const QString &summary) {
    m_approvalsShown.insert(runId);
    m_service.show({QStringLiteral("approval:%1").arg(runId),
                    tr("An autopilot run waits for your approval"),
                    summary,
                    {openAction(), {kApprove, tr("Approve")}, {kReject, tr("Reject")}},
                    true});
}

void DesktopNotifier::onReply(qint64 prospectId, const QString &name, const QString &classification) {
    if (quiet())
        return;
    m_service.show({QStringLiteral("reply:%1").arg(prospectId),
                    tr("Reply from %1").arg(name),
                    tr("Classified as: %1").arg(replyLabelText(classification)),
                    {openAction()},
                    false});
}

void DesktopNotifier::onProblem(const QString &kind, const QString &message) {
    QString title;
    QString target = QStringLiteral("autopilot");
    if (kind == QLatin1String("auth")) {
        title = tr("A service needs a new token");
        target = QStringLiteral("settings");
    } else if (kind == QLatin1String("budget")) {
        title = tr("Explorium credit budget reached");
    } else if (kind == QLatin1String("service_down")) {
        title = tr("A service cannot be reached");
    } else if (kind == QLatin1String("approval")) {
        if (!m_approvalsShown.isEmpty())
            return; // the approval notification with its buttons is already out
        title = tr("An autopilot run waits for your approval");
    } else {
        title = tr("Autopilot ran into a problem");
    }
    m_service.show({QStringLiteral("problem:%1").arg(target), title, message, {openAction()}, true});
}

void DesktopNotifier::onActivated(const QString &tag, const QString &actionKey) {
    const qsizetype colon = tag.indexOf(QLatin1Char(':'));
    const QString kind = colon < 0 ? tag : tag.left(colon);
    const QString argument = colon < 0 ? QString() : tag.mid(colon + 1);
    if (kind == QLatin1String("approval")) {
        const qint64 runId = argument.toLongLong();
        if (actionKey == kApprove) {
            m_approvalsShown.remove(runId);
            m_control.approve(runId);
            return;
        }
        if (actionKey == kReject) {
            m_approvalsShown.remove(runId);
            m_control.reject(runId);
            return;
        }
        Q_EMIT openRequested(QStringLiteral("autopilot"), 0);
    } else if (kind == QLatin1String("reply")) {
        Q_EMIT openRequested(QStringLiteral("prospects"), argument.toLongLong());
    } else if (kind == QLatin1String("problem")) {
        Q_EMIT openRequested(argument, 0);
    } else if (kind == QLatin1String("run")) {
        Q_EMIT openRequested(QStringLiteral("autopilot"), 0);
    } else {
        Q_EMIT openRequested(QString(), 0);
    }
}

} // namespace prospector::ui
