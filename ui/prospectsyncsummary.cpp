#include "prospectsyncsummary.h"

namespace prospector::ui {
namespace {

QString stateOf(const sync::ProspectSyncState::Service &service, bool done, const QString &doneName) {
    if (service.failed > 0 && service.pending == 0)
        return QStringLiteral("failed");
    if (service.pending > 0)
        return QStringLiteral("queued");
    return done ? doneName : QString();
}

} // namespace

QVariantMap prospectSyncSummary(const ProspectRow &row) {
    const storage::Prospect &p = row.prospect;
    const sync::ProspectSyncState &s = row.sync;
    QString error;
    for (const auto *service : {&s.hubspot, &s.lemlist, &s.explorium})
        if (service->failed > 0 && !service->lastError.isEmpty())
            error = service->lastError;
    return {
        {QStringLiteral("hubspot"), stateOf(s.hubspot, !p.hubspotId.isEmpty(), QStringLiteral("synced"))},
        {QStringLiteral("lemlist"),
         stateOf(s.lemlist, !p.lemlistLeadId.isEmpty(), QStringLiteral("enrolled"))},
        {QStringLiteral("explorium"), stateOf(s.explorium, p.qualityScore >= 0, QStringLiteral("enriched"))},
        {QStringLiteral("error"), error},
    };
}

} // namespace prospector::ui
