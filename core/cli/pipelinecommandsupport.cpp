#include "cli/pipelinecommandsupport.h"

#include "storage/prospectrepository.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

namespace prospector::cli {
namespace {} // namespace

void PipelineCommandSupport::addSelectionOptions(QCommandLineParser &parser) {
    parser.addOption(
        {QStringLiteral("search"),
         QCoreApplication::translate("PipelineCommand", "Only prospects matching this full-text search."),
         QStringLiteral("text")});
    parser.addOption(
        {QStringLiteral("stage"),
         QCoreApplication::translate("PipelineCommand", "Only prospects in this stage (repeatable)."),
         QStringLiteral("stage")});
}

bool PipelineCommandSupport::select(const QCommandLineParser &parser, const storage::Database &database,
                                    const QStringList &defaultStages, QList<storage::Prospect> *out,
                                    QString *error) {
    QStringList stages = parser.values(QStringLiteral("stage"));
    if (stages.isEmpty())
        stages = defaultStages;
    storage::ProspectRepository repository(database);
    const QStringList perStage = stages.isEmpty() ? QStringList{QString()} : stages;
    for (const QString &stage : perStage) {
        storage::ProspectFilter filter;
        filter.search = parser.value(QStringLiteral("search"));
        filter.stage = stage;
        filter.limit = 1000;
        for (filter.offset = 0;; filter.offset += filter.limit) {
            const QList<storage::Prospect> page = repository.list(filter, error);
            if (error && !error->isEmpty())
                return false;
            for (const storage::Prospect &p : page)
                if (!p.email.isEmpty())
                    out->append(p);
            if (page.size() < filter.limit)
                break;
        }
    }
    return true;
}

bool PipelineCommandSupport::requireToken(const sync::SyncRun::TokenProvider &tokens, net::Service service,
                                          CliContext &context) {
    if (tokens && !tokens(service).isEmpty())
        return true;
    *context.err
        << QCoreApplication::translate(
               "PipelineCommand",
               "No %1 token is available. Store one with `prospector credentials set %2`, or try the "
               "pipeline with --sandbox.")
               .arg(net::serviceDisplayName(service), net::serviceKey(service))
        << Qt::endl;
    return false;
}

int PipelineCommandSupport::drainAndReport(sync::SyncRun &run, const QStringList &services,
                                           QJsonObject summary, CliContext &context,
                                           const std::function<QString(QJsonObject &summary)> &extend) {
    QTextStream &err = *context.err;
    QEventLoop loop;
    sync::DrainReport totals;
    int remaining = 0;
    QString stopReason;
    QObject::connect(&run, &sync::SyncRun::progress, &loop,
                     [&err](const QString &service, const sync::DrainReport &batch, int left) {
                         err << QCoreApplication::translate(
                                    "PipelineCommand",
                                    "%1: %2 done, %3 retrying, %4 unknown, %5 failed; %6 left")
                                    .arg(service)
                                    .arg(batch.completed)
                                    .arg(batch.retrying)
                                    .arg(batch.unknown)
                                    .arg(batch.dead)
                                    .arg(left)
                             << Qt::endl;
                     });
    QObject::connect(&run, &sync::SyncRun::finished, &loop,
                     [&](const sync::DrainReport &t, int left, const QString &reason) {
                         totals = t;
                         remaining = left;
                         stopReason = reason;
                         loop.quit();
                     });
    // Started from inside the loop, so a run that finishes at once still ends it.
    QTimer::singleShot(0, &run, [&run, services] { run.start(services); });
    loop.exec();

    const int dead = run.deadLetters();
    summary.insert(QStringLiteral("completed"), totals.completed);
    summary.insert(QStringLiteral("reconciled"), totals.reconciled);
    summary.insert(QStringLiteral("retried"), totals.retrying);
    summary.insert(QStringLiteral("failed"), totals.dead);
    summary.insert(QStringLiteral("conflicts"), totals.conflicts);
    summary.insert(QStringLiteral("remaining"), remaining);
    summary.insert(QStringLiteral("dead_letters"), dead);
    if (!stopReason.isEmpty())
        summary.insert(QStringLiteral("stopped"), stopReason);
    const QString extraLine = extend ? extend(summary) : QString();
    if (context.json) {
        *context.out << QJsonDocument(summary).toJson(QJsonDocument::Indented);
    } else {
        *context.out
            << QCoreApplication::translate(
                   "PipelineCommand",
                   "Queued %1, done %2 (%3 checked remotely first), failed %4, left %5, dead letters %6.")
                   .arg(summary.value(QStringLiteral("queued")).toInt())
                   .arg(totals.completed)
                   .arg(totals.reconciled)
                   .arg(totals.dead)
                   .arg(remaining)
                   .arg(dead)
            << Qt::endl;
        if (!extraLine.isEmpty())
            *context.out << extraLine << Qt::endl;
        if (!stopReason.isEmpty())
            *context.out << stopReason << Qt::endl;
    }
    return remaining == 0 && dead == 0 ? ExitOk : ExitFailure;
}

} // namespace prospector::cli
