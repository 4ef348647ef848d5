#include "cli/enrollcommand.h"

#include "cli/pipelinecommandsupport.h"
#include "storage/prospect.h"
#include "sync/syncrequester.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace prospector::cli {

EnrollCommand::EnrollCommand(sync::SyncRun::TokenProvider tokens)
    : m_tokens(std::move(tokens)) {}

QString EnrollCommand::summary() const {
    return QCoreApplication::translate("EnrollCommand",
                                       "Enroll prospects in a lemlist campaign and wait until done.");
}

void EnrollCommand::addOptions(QCommandLineParser &parser) const {
    parser.addOption({QStringLiteral("campaign"),
                      QCoreApplication::translate("EnrollCommand", "The lemlist campaign id (cam_...)."),
                      QStringLiteral("id")});
    PipelineCommandSupport::addSelectionOptions(parser);
}

int EnrollCommand::run(const QCommandLineParser &parser, const QStringList &positional, CliContext &context) {
    const QString campaign = parser.value(QStringLiteral("campaign")).trimmed();
    if (!positional.isEmpty() || campaign.isEmpty()) {
        *context.err << QCoreApplication::translate("EnrollCommand", "Usage: prospector enroll --campaign ID")
                     << Qt::endl;
        return ExitUsage;
    }
    if (!PipelineCommandSupport::requireToken(m_tokens, net::Service::Lemlist, context))
        return ExitFailure;
    QList<storage::Prospect> prospects;
    QString error;
    if (!PipelineCommandSupport::select(parser, *context.database,
                                        {QStringLiteral("qualified"), QStringLiteral("synced")}, &prospects,
                                        &error)) {
        *context.err
            << QCoreApplication::translate("EnrollCommand", "Could not read prospects: %1").arg(error)
            << Qt::endl;
        return ExitFailure;
    }
    sync::SyncRun run(*context.database, m_tokens);
    QList<qint64> ids;
    for (const storage::Prospect &p : std::as_const(prospects))
        ids << p.id;
    sync::SyncRequester requester(*context.database, run.outbox(), run.clock());
    sync::SyncRequester::Report report;
    if (!requester.requestEnrollment(campaign, ids, &report, &error)) {
        *context.err
            << QCoreApplication::translate("EnrollCommand", "Could not queue the enrollment: %1").arg(error)
            << Qt::endl;
        return ExitFailure;
    }
    *context.err << QCoreApplication::translate("EnrollCommand",
                                                "Queued %1 prospects for lemlist (%2 already enrolled "
                                                "or queued, %3 skipped).")
                        .arg(report.queued)
                        .arg(report.alreadyQueued)
                        .arg(report.skipped.size())
                 << Qt::endl;
    QJsonArray skipped;
    for (const auto &[id, reason] : std::as_const(report.skipped))
        skipped.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("reason"), reason}});
    return PipelineCommandSupport::drainAndReport(run, {QStringLiteral("lemlist")},
                                                  {{QStringLiteral("command"), QStringLiteral("enroll")},
                                                   {QStringLiteral("campaign"), campaign},
                                                   {QStringLiteral("queued"), report.queued},
                                                   {QStringLiteral("already_enrolled"), report.alreadyQueued},
                                                   {QStringLiteral("skipped"), skipped}},
                                                  context);
}

} // namespace prospector::cli
