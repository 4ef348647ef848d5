#include "cli/synccommand.h"

#include "cli/pipelinecommandsupport.h"
#include "storage/prospect.h"
#include "sync/syncrequester.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace prospector::cli {

SyncCommand::SyncCommand(sync::SyncRun::TokenProvider tokens)
    : m_tokens(std::move(tokens)) {}

QString SyncCommand::summary() const {
    return QCoreApplication::translate("SyncCommand", "Sync prospects to HubSpot and wait until done.");
}

void SyncCommand::addOptions(QCommandLineParser &parser) const {
    PipelineCommandSupport::addSelectionOptions(parser);
    parser.addOption({QStringLiteral("resync"),
                      QCoreApplication::translate(
                          "SyncCommand", "Also sync prospects already in HubSpot: local edits go up, "
                                         "changes made in HubSpot come down (HubSpot wins conflicts).")});
}

int SyncCommand::run(const QCommandLineParser &parser, const QStringList &positional, CliContext &context) {
    if (!positional.isEmpty()) {
        *context.err << QCoreApplication::translate("SyncCommand", "Unexpected argument: %1")
                            .arg(positional.constFirst())
                     << Qt::endl;
        return ExitUsage;
    }
    if (!PipelineCommandSupport::requireToken(m_tokens, net::Service::HubSpot, context))
        return ExitFailure;
    QList<storage::Prospect> prospects;
    QString error;
    if (!PipelineCommandSupport::select(parser, *context.database, {}, &prospects, &error)) {
        *context.err << QCoreApplication::translate("SyncCommand", "Could not read prospects: %1").arg(error)
                     << Qt::endl;
        return ExitFailure;
    }
    sync::SyncRun run(*context.database, m_tokens);
    const bool resync = parser.isSet(QStringLiteral("resync"));
    QList<qint64> ids;
    for (const storage::Prospect &p : std::as_const(prospects))
        if (resync || p.syncState != QLatin1String("synced"))
            ids << p.id;
    sync::SyncRequester requester(*context.database, run.outbox(), run.clock());
    sync::SyncRequester::Report report;
    if (!requester.requestHubSpotSync(ids, &report, &error)) {
        *context.err << QCoreApplication::translate("SyncCommand", "Could not queue the sync: %1").arg(error)
                     << Qt::endl;
        return ExitFailure;
    }
    *context.err
        << QCoreApplication::translate("SyncCommand", "Queued %1 prospects for HubSpot.").arg(report.queued)
        << Qt::endl;
    QJsonArray skipped;
    for (const auto &[id, reason] : std::as_const(report.skipped))
        skipped.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("reason"), reason}});
    return PipelineCommandSupport::drainAndReport(run, {QStringLiteral("hubspot")},
                                                  {{QStringLiteral("command"), QStringLiteral("sync")},
                                                   {QStringLiteral("queued"), report.queued},
                                                   {QStringLiteral("skipped"), skipped}},
                                                  context);
}

} // namespace prospector::cli
