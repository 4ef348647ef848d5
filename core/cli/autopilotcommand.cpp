#include "cli/autopilotcommand.h"

#include "autopilot/autopilotrunrepository.h"
#include "autopilot/autopilotsettingsstore.h"
#include "autopilot/databaselookups.h"
#include "autopilot/guardrails.h"
#include "autopilot/runplanner.h"
#include "autopilot/scheduler.h"
#include "storage/settingsrepository.h"
#include "sync/clock.h"
#include "sync/virtualclock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace prospector::cli {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("AutopilotCommand", text);
}

QString isoTime(qint64 ms) {
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toOffsetFromUtc(0).toString(Qt::ISODate) : QString();
}

void printJson(QTextStream &out, const QJsonObject &json) {
    out << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
}

} // namespace

QString AutopilotCommand::summary() const {
    return tr("Autopilot: status, pause, resume, or run-once --dry-run to see what a run would do.");
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
    if (positional.size() != 1) {
        *context.err << tr("Usage: prospector autopilot status|pause|resume|run-once [--dry-run]\n");
        return ExitUsage;
    }
    if (action == QLatin1String("status"))
        return status(context);
    if (action == QLatin1String("pause") || action == QLatin1String("resume"))
        return setPaused(action == QLatin1String("pause"), context);
    if (action == QLatin1String("run-once"))
        return runOnce(parser, context);
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
    if (!autopilot::AutopilotSettingsStore(settingsRepo).load(&settings, &error) ||
        !runs.lastRealRunStartedAt(&lastRun, &error) || !runs.recent(1, &recent, &error)) {
        *context.err << error << '\n';
        return ExitFailure;
    }
    const auto decision =
        autopilot::Scheduler(clock, QTimeZone::systemTimeZone()).decide(settings.schedule, lastRun);
    const bool active = settings.enabled && !settings.paused;
    const qint64 nextRun = !active ? 0 : decision.runNow ? clock.nowMs() : decision.nextRunMs;
    if (context.json) {
        QJsonObject json{{QStringLiteral("enabled"), settings.enabled},
                         {QStringLiteral("paused"), settings.paused},
                         {QStringLiteral("lastRunStartedAt"), isoTime(lastRun)},
                         {QStringLiteral("nextRunAt"), isoTime(nextRun)},
                         {QStringLiteral("settings"), settings.toJson()}};
        if (!recent.isEmpty())
            json.insert(QStringLiteral("lastReport"), recent.first().toJson());
        printJson(*context.out, json);
        return ExitOk;
    }
    QTextStream &out = *context.out;
    out << (!settings.enabled ? tr("Autopilot is off.")
            : settings.paused ? tr("Autopilot is paused.")
                              : tr("Autopilot is on."))
        << '\n';
    if (lastRun > 0)
        out << tr("Last run started: %1").arg(isoTime(lastRun)) << '\n';
    if (nextRun > 0)
        out << tr("Next run: %1").arg(isoTime(nextRun)) << '\n';
    if (!recent.isEmpty()) {
        const autopilot::RunReport &r = recent.first();
        out << tr("Last report (%1%2): %3 selected, %4 synced, %5 enrolled, %6 skipped")
                   .arg(r.status, r.dryRun ? tr(", dry run") : QString())
                   .arg(r.selected)
                   .arg(r.synced)
                   .arg(r.enrolled)
                   .arg(r.skippedTotal())
            << '\n';
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
        printJson(*context.out,
                  {{QStringLiteral("paused"), paused}, {QStringLiteral("enabled"), settings.enabled}});
    else
        *context.out << (paused ? tr("Autopilot paused.") : tr("Autopilot resumed.")) << '\n';
    return ExitOk;
}

int AutopilotCommand::runOnce(const QCommandLineParser &parser, CliContext &context) {
    QTextStream &err = *context.err;
    if (!parser.isSet(QStringLiteral("dry-run"))) {
        err << tr("Only a dry run is available from the command line so far: use "
                  "`prospector autopilot run-once --dry-run`.\n");
        return ExitUsage;
    }
    sync::SystemClock systemClock;
    sync::VirtualClock fixedClock(systemClock.nowMs());
    if (parser.isSet(QStringLiteral("at"))) {
        const QDateTime at = QDateTime::fromString(parser.value(QStringLiteral("at")), Qt::ISODate);
        if (!at.isValid()) {
            err << tr("--at needs an ISO 8601 time, e.g. 2026-11-23T10:00:00Z\n");
            return ExitUsage;
        }
        fixedClock.set(at.toMSecsSinceEpoch());
    }
    const qint64 now = fixedClock.nowMs();
    storage::SettingsRepository settingsRepo(*context.database);
    autopilot::AutopilotSettings settings;
    QString error;
    if (!autopilot::AutopilotSettingsStore(settingsRepo).load(&settings, &error)) {
        err << error << '\n';
        return ExitFailure;
    }
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const qint64 dayStart =
        QDateTime(QDateTime::fromMSecsSinceEpoch(now, zone).date(), QTime(0, 0), zone).toMSecsSinceEpoch();
    autopilot::DatabaseLookups lookups(*context.database, dayStart);
    autopilot::Guardrails guardrails(settings.limits, lookups, zone);
    autopilot::RunPlanner planner(*context.database, settings, guardrails);

    // The dry run takes the single-run lock like a real run, so it never reports on a database
    // that a running autopilot is changing underneath it. The lock runs on real time even with
    // --at: another process judges its staleness by the wall clock.
    autopilot::AutopilotRunRepository runs(*context.database, systemClock);
    qint64 runId = 0;
    qint64 abandoned = 0;
    const qint64 startedAt = systemClock.nowMs();
    switch (runs.begin(true, QStringLiteral("cli:%1").arg(QCoreApplication::applicationPid()), &runId,
                       &abandoned, &error)) {
    case autopilot::AutopilotRunRepository::Acquire::Busy:
        err << tr("Another autopilot run is in progress.\n");
        return ExitFailure;
    case autopilot::AutopilotRunRepository::Acquire::Error:
        err << error << '\n';
        return ExitFailure;
    case autopilot::AutopilotRunRepository::Acquire::Acquired:
        break;
    }
    autopilot::RunPlanner::Plan plan;
    if (!planner.plan(now, &plan, &error)) {
        plan.report.status = autopilot::runstatus::failed;
        plan.report.errors.append(error);
    }
    plan.report.id = runId;
    plan.report.dryRun = true;
    if (!runs.finish(plan.report, &error)) {
        err << error << '\n';
        return ExitFailure;
    }
    plan.report.startedAt = startedAt;
    plan.report.finishedAt = systemClock.nowMs();
    const bool failed = plan.report.status == autopilot::runstatus::failed;
    if (context.json) {
        QJsonObject json = plan.report.toJson();
        json.insert(QStringLiteral("approvalRequired"), plan.needsApproval);
        json.insert(QStringLiteral("plannedFor"), isoTime(now));
        printJson(*context.out, json);
    } else {
        QTextStream &out = *context.out;
        out << tr("Dry run: nothing was sent.") << '\n'
            << tr("Selected: %1").arg(plan.report.selected) << '\n'
            << tr("Would sync to HubSpot: %1").arg(plan.report.synced) << '\n'
            << tr("Would enroll in lemlist: %1").arg(plan.report.enrolled) << '\n';
        for (auto it = plan.report.skippedByReason.cbegin(); it != plan.report.skippedByReason.cend(); ++it)
            out << tr("Skipped (%1): %2").arg(it.key()).arg(it.value()) << '\n';
        if (plan.needsApproval)
            out << tr("A real run would wait for your approval first.") << '\n';
        for (const QString &e : plan.report.errors)
            err << e << '\n';
    }
    return failed ? ExitFailure : ExitOk;
}

} // namespace prospector::cli
