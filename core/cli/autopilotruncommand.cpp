// The actions of `prospector autopilot` that run the pipeline: run-once (dry or real), approve
// and reject. They drive the same AutopilotService as the window, with the headless engine.
#include "autopilot/autopilotservice.h"
#include "autopilot/lemlistreplypoller.h"
#include "autopilot/requesterenrichmentqueue.h"
#include "autopilot/runstep.h"
#include "autopilot/syncrundrainer.h"
#include "cli/autopilotcommand.h"
#include "cli/autopilotoutput.h"
#include "sync/clock.h"
#include "sync/virtualclock.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace prospector::cli {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("AutopilotCommand", text);
}

// Everything a headless run needs, built on this thread.
struct HeadlessAutopilot {
    HeadlessAutopilot(const storage::Database &database, const sync::Clock &clock,
                      const sync::SyncRun::TokenProvider &tokens)
        : drainer(database, tokens)
        , enrichment(database, clock)
        , replies(database, tokens, clock)
        , service(database, clock, QTimeZone::systemTimeZone(), drainer, enrichment, replies,
                  autopilot::AutopilotService::Options{QStringLiteral("cli"), 25, 60'000}) {}
    autopilot::SyncRunDrainer drainer;
    autopilot::RequesterEnrichmentQueue enrichment;
    autopilot::LemlistReplyPoller replies;
    autopilot::AutopilotService service;
};

} // namespace

int AutopilotCommand::dryRun(const QCommandLineParser &parser, CliContext &context) {
    QTextStream &err = *context.err;
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
    HeadlessAutopilot autopilot(*context.database, fixedClock, m_tokens);
    autopilot::RunReport report;
    bool needsApproval = false;
    QString error;
    if (!autopilot.service.dryRun(&report, &needsApproval, &error)) {
        err << error << '\n';
        return ExitFailure;
    }
    if (context.json) {
        QJsonObject json = report.toJson();
        json.insert(QStringLiteral("approvalRequired"), needsApproval);
        json.insert(QStringLiteral("plannedFor"), autopilotIsoTime(fixedClock.nowMs()));
        printAutopilotJson(*context.out, json);
    } else {
        QTextStream &out = *context.out;
        out << tr("Dry run: nothing was sent.") << '\n'
            << tr("Selected: %1").arg(report.selected) << '\n'
            << tr("Would enrich with Explorium: %1 (%2 from the cache, about %3 credits)")
                   .arg(report.enriched)
                   .arg(report.cacheHits)
                   .arg(report.creditsUsed)
            << '\n'
            << tr("Would sync to HubSpot: %1").arg(report.synced) << '\n'
            << tr("Would enroll in lemlist: %1").arg(report.enrolled) << '\n';
        for (auto it = report.skippedByReason.cbegin(); it != report.skippedByReason.cend(); ++it)
            out << tr("Skipped (%1): %2").arg(it.key()).arg(it.value()) << '\n';
        if (!report.stopReason.isEmpty())
            out << report.stopReason << '\n';
        if (needsApproval)
            out << tr("A real run would wait for your approval first.") << '\n';
        for (const QString &e : std::as_const(report.errors))
            err << e << '\n';
    }
    return report.status == autopilot::runstatus::failed ? ExitFailure : ExitOk;
}

int AutopilotCommand::execute(const QString &action, qint64 runId, CliContext &context) {
    QTextStream &err = *context.err;
    sync::SystemClock clock;
    HeadlessAutopilot autopilot(*context.database, clock, m_tokens);
    autopilot::AutopilotService &service = autopilot.service;

    QEventLoop loop;
    autopilot::RunReport last;
    bool ended = false;
    const auto end = [&](const autopilot::RunReport &report) {
        last = report;
        ended = true;
        loop.quit();
    };
    QObject::connect(&service, &autopilot::AutopilotService::runFinished, &loop, end);
    QObject::connect(
        &service, &autopilot::AutopilotService::approvalRequested, &loop, [&](qint64 id, const QString &) {
            autopilot::RunReport report;
            QString error;
            autopilot::AutopilotRunRepository(*context.database, clock).report(id, &report, &error);
            end(report);
        });
    QObject::connect(&service, &autopilot::AutopilotService::problem, &loop,
                     [&err](const QString &kind, const QString &message) {
                         err << tr("Problem (%1): %2").arg(kind, message) << Qt::endl;
                     });
    QObject::connect(&service, &autopilot::AutopilotService::replyReceived, &loop,
                     [&err](qint64, const QString &name, const QString &label) {
                         err << tr("Reply from %1: %2").arg(name, label) << Qt::endl;
                     });
    QObject::connect(&service, &autopilot::AutopilotService::runStarted, &loop,
                     [&err](qint64 id, bool) { err << tr("Autopilot run %1 started.").arg(id) << Qt::endl; });
    QObject::connect(&service, &autopilot::AutopilotService::stepStarted, &loop,
                     [&err](qint64, const QString &step) {
                         err << tr("Step: %1").arg(autopilot::runstep::displayName(step)) << Qt::endl;
                     });

    QString message;
    if (action == QLatin1String("run-once")) {
        switch (service.startRun(autopilot::runorigin::manual, &message)) {
        case autopilot::AutopilotService::StartResult::Started:
        case autopilot::AutopilotService::StartResult::Continued:
            break;
        case autopilot::AutopilotService::StartResult::AwaitingApproval: {
            const auto pending = service.pendingApproval();
            err << message << '\n';
            if (!pending.summary.isEmpty())
                err << pending.summary << '\n';
            err << tr("Decide with `prospector autopilot approve %1` or `prospector autopilot reject %1`.")
                       .arg(pending.runId)
                << '\n';
            return ExitAwaitingApproval;
        }
        case autopilot::AutopilotService::StartResult::Paused:
            err << message << '\n';
            return ExitPaused;
        case autopilot::AutopilotService::StartResult::Busy:
        case autopilot::AutopilotService::StartResult::Error:
            err << message << '\n';
            return ExitFailure;
        }
    } else if (!service.decide(runId, action == QLatin1String("approve"), &message)) {
        err << message << '\n';
        return ExitFailure;
    }
    if (!ended)
        loop.exec();

    if (context.json) {
        printAutopilotJson(*context.out, last.toJson());
    } else {
        printRunReport(*context.out, err, last);
        if (last.status == autopilot::runstatus::awaitingApproval)
            err << tr("Decide with `prospector autopilot approve %1` or `prospector autopilot reject %1`.")
                       .arg(last.id)
                << '\n';
    }
    return exitCodeFor(last);
}

} // namespace prospector::cli
