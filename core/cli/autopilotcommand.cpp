#include "cli/autopilotcommand.h"

#include "autopilot/autopilotrunrepository.h"
#include "autopilot/autopilotsettingsstore.h"
#include "autopilot/runaudit.h"
#include "autopilot/scheduler.h"
#include "cli/autopilotoutput.h"
#include "storage/settingsrepository.h"
#include "sync/clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace prospector::cli {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("AutopilotCommand", text);
}

QString usageText() {
    return QCoreApplication::translate(
        "AutopilotCommand",
        "Usage: prospector autopilot status|pause|resume|run-once [--dry-run]|approve RUN_ID|"
        "reject RUN_ID|audit RUN_ID\n");
}

} // namespace

AutopilotCommand::AutopilotCommand(sync::SyncRun::TokenProvider tokens)
    : m_tokens(std::move(tokens)) {}

QString AutopilotCommand::summary() const {
    return tr("Autopilot: status, pause, resume, run-once [--dry-run], approve or reject a waiting run, "
              "audit a run's external writes.");
}

void AutopilotCommand::addOptions(QCommandLineParser &parser) const {
    parser.addOption(
        {QStringLiteral("dry-run"), tr("run-once: report what would happen; write nothing remote.")});
    parser.addOption(
        {QStringLiteral("at"),
         tr("run-once --dry-run: plan as if it were <time> (ISO 8601, e.g. 2026-11-23T10:00:00Z)."),
         QStringLiteral("time")});
}

int AutopilotCommand::run(const QCommandLineParser &parser, const QStringList &positional,
                          CliContext &context) {
    const QString action = positional.value(0);
    const bool takesRunId = action == QLatin1String("approve") || action == QLatin1String("reject") ||
                            action == QLatin1String("audit");
    if (positional.size() != (takesRunId ? 2 : 1)) {
        *context.err << usageText();
        return ExitUsage;
    }
    qint64 runId = 0;
    if (takesRunId) {
        bool ok = false;
        runId = positional.at(1).toLongLong(&ok);
        if (!ok || runId <= 0) {
            *context.err << usageText();
            return ExitUsage;
        }
    }
    if (action == QLatin1String("status"))
        return status(context);
    if (action == QLatin1String("pause") || action == QLatin1String("resume"))
        return setPaused(action == QLatin1String("pause"), context);
    if (action == QLatin1String("run-once"))
        return parser.isSet(QStringLiteral("dry-run")) ? dryRun(parser, context)
                                                       : execute(action, 0, context);
    if (action == QLatin1String("approve") || action == QLatin1String("reject"))
        return execute(action, runId, context);
    if (action == QLatin1String("audit"))
        return audit(runId, context);
    *context.err << tr("Unknown autopilot action: %1\n").arg(action);
    return ExitUsage;
}

int AutopilotCommand::status(CliContext &context) {
    storage::SettingsRepository settingsRepo(*context.database);
    autopilot::AutopilotSettings settings;
    QString error;
    sync::SystemClock clock;
    autopilot::AutopilotRunRepository runs(*context.database, clock);
    qint64 lastRun = 0;
    QList<autopilot::RunReport> recent;
    std::optional<autopilot::RunState> open;
    if (!autopilot::AutopilotSettingsStore(settingsRepo).load(&settings, &error) ||
        !runs.lastRealRunStartedAt(&lastRun, &error) || !runs.recent(1, &recent, &error) ||
        !runs.openRun(&open, &error)) {
        *context.err << error << '\n';
        return ExitFailure;
    }
    const auto decision =
        autopilot::Scheduler(clock, QTimeZone::systemTimeZone()).decide(settings.schedule, lastRun);
    const bool active = settings.enabled && !settings.paused && !open;
    const qint64 nextRun = !active ? 0 : decision.runNow ? clock.nowMs() : decision.nextRunMs;
    const bool awaiting = open && open->status == autopilot::runstatus::awaitingApproval;
    const QString summary =
        awaiting ? open->steps.value(QStringLiteral("approvalSummary")).toString() : QString();
    if (context.json) {
        QJsonObject json{{QStringLiteral("enabled"), settings.enabled},
                         {QStringLiteral("paused"), settings.paused},
                         {QStringLiteral("lastRunStartedAt"), autopilotIsoTime(lastRun)},
                         {QStringLiteral("nextRunAt"), autopilotIsoTime(nextRun)},
                         {QStringLiteral("settings"), settings.toJson()}};
        if (!recent.isEmpty())
            json.insert(QStringLiteral("lastReport"), recent.first().toJson());
        if (open)
            json.insert(QStringLiteral("openRun"), QJsonObject{{QStringLiteral("id"), open->id},
                                                               {QStringLiteral("status"), open->status},
                                                               {QStringLiteral("step"), open->step}});
        if (awaiting)
            json.insert(
                QStringLiteral("awaitingApproval"),
                QJsonObject{{QStringLiteral("runId"), open->id}, {QStringLiteral("summary"), summary}});
        printAutopilotJson(*context.out, json);
        return ExitOk;
    }
    QTextStream &out = *context.out;
    out << (!settings.enabled ? tr("Autopilot is off.")
            : settings.paused ? tr("Autopilot is paused.")
                              : tr("Autopilot is on."))
        << '\n';
    if (awaiting) {
        out << tr("Run %1 waits for your approval: %2").arg(open->id).arg(summary) << '\n'
            << tr("Decide with `prospector autopilot approve %1` or `prospector autopilot reject %1`.")
                   .arg(open->id)
            << '\n';
    } else if (open) {
        out << tr("Run %1 is %2 (step: %3).").arg(open->id).arg(open->status, open->step) << '\n';
    }
    if (lastRun > 0)
        out << tr("Last run started: %1").arg(autopilotIsoTime(lastRun)) << '\n';
    if (nextRun > 0)
        out << tr("Next run: %1").arg(autopilotIsoTime(nextRun)) << '\n';
    if (!recent.isEmpty()) {
        out << tr("Last report:") << '\n';
        printRunReport(out, out, recent.first());
    }
    return ExitOk;
}

int AutopilotCommand::setPaused(bool paused, CliContext &context) {
    storage::SettingsRepository settingsRepo(*context.database);
    autopilot::AutopilotSettingsStore store(settingsRepo);
    autopilot::AutopilotSettings settings;
    QString error;
    if (!store.load(&settings, &error)) {
        *context.err << error << '\n';
        return ExitFailure;
    }
    settings.paused = paused;
    if (!store.save(settings, &error)) {
        *context.err << error << '\n';
        return ExitFailure;
    }
    if (context.json)
        printAutopilotJson(*context.out, {{QStringLiteral("paused"), paused},
                                          {QStringLiteral("enabled"), settings.enabled}});
    else
        *context.out << (paused ? tr("Autopilot paused. A run in progress stops at its next safe point.")
                                : tr("Autopilot resumed. A run the kill switch stopped continues with the "
                                     "next run-once, or at once in the app."))
                     << '\n';
    return ExitOk;
}

int AutopilotCommand::audit(qint64 runId, CliContext &context) {
    sync::SystemClock clock;
    autopilot::RunReport report;
    QList<autopilot::AuditEntry> entries;
    QString error;
    if (!autopilot::AutopilotRunRepository(*context.database, clock).report(runId, &report, &error) ||
        !autopilot::RunAudit(*context.database, clock).entries(runId, true, &entries, &error)) {
        *context.err << error << '\n';
        return ExitFailure;
    }
    if (context.json) {
        QJsonArray operations;
        for (const autopilot::AuditEntry &e : std::as_const(entries))
            operations.append(QJsonObject{{QStringLiteral("step"), e.step},
                                          {QStringLiteral("prospectId"), e.prospectId},
                                          {QStringLiteral("operationId"), e.operationId},
                                          {QStringLiteral("service"), e.service},
                                          {QStringLiteral("kind"), e.kind},
                                          {QStringLiteral("key"), e.idempotencyKey},
                                          {QStringLiteral("outcome"), e.outcome},
                                          {QStringLiteral("state"), e.state},
                                          {QStringLiteral("result"), e.result},
                                          {QStringLiteral("lastError"), e.lastError}});
        printAutopilotJson(*context.out, QJsonObject{{QStringLiteral("run"), report.toJson()},
                                                     {QStringLiteral("operations"), operations}});
        return ExitOk;
    }
    printRunReport(*context.out, *context.err, report);
    for (const autopilot::AuditEntry &e : std::as_const(entries))
        *context.out << QStringLiteral("%1\t%2\t%3\t%4\t%5")
                            .arg(e.service, e.kind, e.idempotencyKey, e.state, e.lastError)
                     << '\n';
    return ExitOk;
}

} // namespace prospector::cli
