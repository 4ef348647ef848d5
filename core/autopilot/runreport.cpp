#include "autopilot/runreport.h"

#include <QJsonArray>

namespace prospector::autopilot {

void RunReport::addSkips(const QMap<QString, int> &skips) {
    for (auto it = skips.cbegin(); it != skips.cend(); ++it)
        skippedByReason[it.key()] += it.value();
}

int RunReport::skippedTotal() const {
    int total = 0;
    for (int n : skippedByReason)
        total += n;
    return total;
}

QJsonObject RunReport::toJson() const {
    QJsonObject skipped;
    for (auto it = skippedByReason.cbegin(); it != skippedByReason.cend(); ++it)
        skipped.insert(it.key(), it.value());
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("startedAt"), startedAt},
        {QStringLiteral("finishedAt"), finishedAt},
        {QStringLiteral("durationMs"), durationMs()},
        {QStringLiteral("status"), status},
        {QStringLiteral("dryRun"), dryRun},
        {QStringLiteral("origin"), origin},
        {QStringLiteral("step"), step},
        {QStringLiteral("selected"), selected},
        {QStringLiteral("enriched"), enriched},
        {QStringLiteral("cacheHits"), cacheHits},
        {QStringLiteral("rescored"), rescored},
        {QStringLiteral("synced"), synced},
        {QStringLiteral("enrolled"), enrolled},
        {QStringLiteral("replies"), replies},
        {QStringLiteral("creditsUsed"), creditsUsed},
        {QStringLiteral("skipped"), skipped},
        {QStringLiteral("skippedTotal"), skippedTotal()},
        {QStringLiteral("errors"), QJsonArray::fromStringList(errors)},
        {QStringLiteral("stopReason"), stopReason},
        {QStringLiteral("approvalSummary"), approvalSummary},
    };
}

} // namespace prospector::autopilot
