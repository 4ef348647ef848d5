#include "cli/autopilotoutput.h"

#include "cli/command.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace prospector::cli {

QString autopilotIsoTime(qint64 ms) {
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toOffsetFromUtc(0).toString(Qt::ISODate) : QString();
}

void printAutopilotJson(QTextStream &out, const QJsonObject &json) {
    out << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
}

void printRunReport(QTextStream &out, QTextStream &err, const autopilot::RunReport &r) {
    out << QCoreApplication::translate(
               "AutopilotCommand",
               "Run %1 (%2%3): %4 selected, %5 enriched (%6 from the cache), %7 rescored, %8 synced, "
               "%9 enrolled")
               .arg(r.id)
               .arg(r.status,
                    r.dryRun ? QCoreApplication::translate("AutopilotCommand", ", dry run") : QString())
               .arg(r.selected)
               .arg(r.enriched)
               .arg(r.cacheHits)
               .arg(r.rescored)
               .arg(r.synced)
               .arg(r.enrolled)
        << '\n';
    out << QCoreApplication::translate("AutopilotCommand", "Replies: %1, credits: %2, skipped: %3, took %4 s")
               .arg(r.replies)
               .arg(r.creditsUsed)
               .arg(r.skippedTotal())
               .arg(double(r.durationMs()) / 1000.0, 0, 'f', 1)
        << '\n';
    for (auto it = r.skippedByReason.cbegin(); it != r.skippedByReason.cend(); ++it)
        out << QCoreApplication::translate("AutopilotCommand", "Skipped (%1): %2")
                   .arg(it.key())
                   .arg(it.value())
            << '\n';
    if (!r.stopReason.isEmpty())
        out << r.stopReason << '\n';
    if (!r.approvalSummary.isEmpty())
        out << r.approvalSummary << '\n';
    for (const QString &e : r.errors)
        err << e << '\n';
}

int exitCodeFor(const autopilot::RunReport &report) {
    if (report.status == autopilot::runstatus::succeeded || report.status == autopilot::runstatus::rejected)
        return ExitOk;
    if (report.status == autopilot::runstatus::awaitingApproval)
        return ExitAwaitingApproval;
    if (report.status == autopilot::runstatus::paused)
        return ExitPaused;
    return ExitFailure;
}

} // namespace prospector::cli
