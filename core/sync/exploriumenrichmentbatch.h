#pragma once

// Internal to ExploriumEnrichmentSync (its two .cpp files): one batch's state and shared helpers.
#include "net/apierror.h"
#include "sync/exploriumenrichmentsync.h"

#include <QHash>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSyncExplorium)

namespace prospector::sync {
namespace enrichment {

inline const QString kService = QStringLiteral("explorium");
inline const QString kCompanyKind = QStringLiteral("enrich_company");
inline const QString kProspectKind = QStringLiteral("enrich_prospect");

inline QString text(const OutboxOperation &op, const char *key) {
    return op.payload.value(QLatin1StringView(key)).toString();
}

inline bool isNetwork(const net::ApiError &error) {
    return error.kind == net::ApiErrorKind::Network || error.kind == net::ApiErrorKind::Timeout ||
           error.kind == net::ApiErrorKind::CircuitOpen;
}

} // namespace enrichment

struct ExploriumEnrichmentSync::Batch {
    bool companies = false;
    EnrichmentSettings settings;
    QList<OutboxOperation> toReconcile;
    QList<OutboxOperation> ready;   // normal path
    QList<OutboxOperation> remote;  // cache misses within the budget
    QList<OutboxOperation> matched; // matched, to be enriched
    QHash<qint64, QString> remoteIds;
    EnrichmentCallLog::Call call;
    DrainReport report;
    std::function<void(const DrainReport &)> done;

    qint64 unitCost() const {
        return companies ? EnrichmentSettings::kFirmographicsCost : settings.contactCost();
    }
};

} // namespace prospector::sync
