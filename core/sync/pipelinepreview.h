#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <functional>

namespace prospector::storage {
class Database;
}

namespace prospector::sync {

// What "Enrich", "Sync to HubSpot" or "Enroll in lemlist" would do to a set of prospects, for the
// confirmation the rep sees before the work is queued, without writing anything. Sync and enroll
// apply the rules SyncRequester applies when it queues (tst_pipelinepreview holds the two
// together); enrichment asks EnrichmentRequester itself, in transactions that are rolled back.
struct PipelinePreview {
    int total = 0;
    int toQueue = 0; // what SyncRequester will count as queued
    // The same effect is already in the outbox: waiting (HubSpot: refreshed with the newest data;
    // lemlist: kept as it is), done (HubSpot: updated again; lemlist: already enrolled), or failed
    // (lemlist: retried from the Problems page, not from here).
    int alreadyPending = 0;
    int alreadyDone = 0;
    int previouslyFailed = 0;
    // Skipped, with the reason.
    int notFound = 0;
    int noEmail = 0;
    int doNotContact = 0; // unsubscribed, bounced or do not contact
    int suppressed = 0;   // on the suppression list (an opt-out reply, an unsubscribe...)
    // Enrichment: skipped for a reason given in words (translated), with how many.
    QMap<QString, int> otherReasons;

    int skipped() const { return total - toQueue; }

    // `progress(processed)` is called between chunks; returning false cancels (false is returned
    // with an empty error). A database error refuses rather than guesses (false, error set).
    using Progress = std::function<bool(int processed)>;
    static bool forHubSpot(const storage::Database &database, const QList<qint64> &prospectIds,
                           PipelinePreview *out, const Progress &progress = {}, QString *error = nullptr);
    static bool forEnrollment(const storage::Database &database, const QString &campaignId,
                              const QList<qint64> &prospectIds, PipelinePreview *out,
                              const Progress &progress = {}, QString *error = nullptr);
    // alreadyPending: waiting or in the dead letters; alreadyDone: enriched within 30 days.
    static bool forEnrichment(const storage::Database &database, const QList<qint64> &prospectIds,
                              PipelinePreview *out, const Progress &progress = {}, QString *error = nullptr);
};

} // namespace prospector::sync
