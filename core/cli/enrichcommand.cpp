#include "cli/enrichcommand.h"

#include "cli/pipelinecommandsupport.h"
#include "cli/queryoptions.h"
#include "sync/enrichmentrequester.h"
#include "sync/enrichmentsettings.h"
#include "sync/enrichmentstatus.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace prospector::cli {
EnrichCommand::EnrichCommand(sync::SyncRun::TokenProvider tokens)
    : m_tokens(std::move(tokens)) {}

QString EnrichCommand::summary() const {
    return QCoreApplication::translate(
        "EnrichCommand", "Enrich prospects and their companies with Explorium and wait until done.");
}

void EnrichCommand::addOptions(QCommandLineParser &parser) const {
    addQueryOptions(parser);
}

int EnrichCommand::run(const QCommandLineParser &parser, const QStringList &positional, CliContext &context) {
    if (!positional.isEmpty()) {
        *context.err << QCoreApplication::translate("EnrichCommand", "Unexpected argument: %1")
                            .arg(positional.constFirst())
                     << Qt::endl;
        return ExitUsage;
    }
    review::ProspectQuery query;
    QString error;
    if (!queryFromOptions(parser, &query, &error)) {
        *context.err << error << Qt::endl;
        return ExitUsage;
    }
    if (!PipelineCommandSupport::requireToken(m_tokens, net::Service::Explorium, context))
        return ExitFailure;

    sync::SyncRun run(*context.database, m_tokens);
    const qint64 startedAt = run.clock().nowMs();
    sync::EnrichmentRequester requester(*context.database, run.outbox(), run.clock());
    sync::EnrichmentRequester::Report report;
    if (!requester.request(review::BulkTarget::ofQuery(query), &report, &error)) {
        *context.err
            << QCoreApplication::translate("EnrichCommand", "Could not queue the enrichment: %1").arg(error)
            << Qt::endl;
        return ExitFailure;
    }
    *context.err << QCoreApplication::translate(
                        "EnrichCommand",
                        "Queued %1 prospects and %2 companies for enrichment (%3 up to date, %4 already "
                        "queued, %5 skipped).")
                        .arg(report.queued)
                        .arg(report.companiesQueued)
                        .arg(report.upToDate)
                        .arg(report.alreadyQueued)
                        .arg(report.skipped.size())
                 << Qt::endl;
    QJsonArray skipped;
    for (const auto &[id, reason] : std::as_const(report.skipped))
        skipped.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("reason"), reason}});

    const sync::Clock &clock = run.clock();
    const storage::Database &database = *context.database;
    auto extend = [&database, &clock, startedAt](QJsonObject &summary) -> QString {
        const sync::EnrichmentStatusReader reader(database, clock);
        QString readError;
        const auto activity = reader.activitySince(startedAt, &readError);
        const auto budget = reader.budget(&readError);
        const auto settings = sync::EnrichmentSettings::load(database, &readError);
        if (!activity || !budget || !settings) {
            summary.insert(QStringLiteral("summary_error"), readError);
            return QCoreApplication::translate("EnrichCommand", "Could not read the enrichment summary: %1")
                .arg(readError);
        }
        summary.insert(QStringLiteral("enriched"), activity->enriched);
        summary.insert(QStringLiteral("matched"), activity->matched);
        summary.insert(QStringLiteral("cache_hits"), activity->cacheHits);
        summary.insert(QStringLiteral("no_match"), activity->noMatch);
        summary.insert(QStringLiteral("companies_enriched"), activity->companiesEnriched);
        summary.insert(QStringLiteral("credits_used"), activity->creditsUsed);
        summary.insert(QStringLiteral("budget_limit"), budget->limit);
        summary.insert(QStringLiteral("budget_left"), budget->left);
        summary.insert(QStringLiteral("budget_reached"), budget->left < settings->contactCost());
        return QCoreApplication::translate(
                   "EnrichCommand",
                   "Enriched %1 (%2 matched, %3 from the cache), no match %4, companies %5; credits used %6, "
                   "budget left %7 of %8.")
            .arg(activity->enriched)
            .arg(activity->matched)
            .arg(activity->cacheHits)
            .arg(activity->noMatch)
            .arg(activity->companiesEnriched)
            .arg(activity->creditsUsed)
            .arg(budget->left)
            .arg(budget->limit);
    };
    return PipelineCommandSupport::drainAndReport(
        run, {QStringLiteral("explorium")},
        {{QStringLiteral("command"), QStringLiteral("enrich")},
         {QStringLiteral("queued"), report.queued},
         {QStringLiteral("companies_queued"), report.companiesQueued},
         {QStringLiteral("up_to_date"), report.upToDate},
         {QStringLiteral("already_queued"), report.alreadyQueued},
         {QStringLiteral("skipped"), skipped}},
        context, extend);
}

} // namespace prospector::cli
