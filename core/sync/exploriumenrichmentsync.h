#pragma once

#include "sync/creditledger.h"
#include "sync/drainreport.h"
#include "sync/enrichmentcache.h"
#include "sync/enrichmentcalllog.h"
#include "sync/enrichmentsettings.h"
#include "sync/enrichmentwriter.h"
#include "sync/outboxfailurehandler.h"
#include "sync/outboxoperation.h"
#include "sync/servicedrain.h"

#include <QObject>
#include <functional>
#include <memory>

namespace prospector::storage {
class Database;
}
namespace prospector::explorium {
class ExploriumClient;
}
namespace prospector::net {
struct ApiError;
}

namespace prospector::sync {

class Clock;
class OutboxRepository;

// Drains "explorium/enrich_company" and then "explorium/enrich_prospect" operations, up to 50
// (the API maximum) per batch, through the rate-limited ExploriumClient:
// 1. an operation whose paid call lost its answer is settled first (EnrichmentCallLog: charged
//    -> dead letter "answer_lost", not charged -> sent again);
// 2. cache hits (30 days, by normalized e-mail / LinkedIn URL / domain) are written back at once:
//    no request, no credit;
// 3. the credit budget (EnrichmentSettings, rolling 30 days over the CreditLedger) decides how
//    many of the rest may be paid for; the others are released untouched and the service pauses
//    with "credit budget reached" (they wait in the outbox, nothing is dropped);
// 4. a free match call; misses are written back as "no match" (and cached);
// 5. one bulk enrich call for the matches, recorded in the call log before it is sent; its
//    answer is stored as ledger + cache in one transaction, then written back per operation
//    (EnrichmentWriter) in the transaction that completes it.
// Runs on the thread of the client's HttpClient.
class ExploriumEnrichmentSync : public QObject, public ServiceDrain {
    Q_OBJECT
public:
    ExploriumEnrichmentSync(const storage::Database &database, OutboxRepository &outbox,
                            explorium::ExploriumClient &client, const Clock &clock,
                            QObject *parent = nullptr);
    ~ExploriumEnrichmentSync() override;

    static constexpr int kBatchSize = 50;

    QString service() const override { return QStringLiteral("explorium"); }
    void drainBatch(std::function<void(const DrainReport &)> done) override;

private:
    struct Batch;
    using BatchPtr = std::shared_ptr<Batch>;

    void reconcileNext(const BatchPtr &batch);
    void settle(const BatchPtr &batch, OutboxOperation op, EnrichmentCallLog::Outcome outcome);
    void serveCacheHits(const BatchPtr &batch);
    void match(const BatchPtr &batch);
    void enrich(const BatchPtr &batch);
    void send(const BatchPtr &batch);
    void storeAnswer(const BatchPtr &batch, const QHash<QString, QJsonObject> &records);
    void answerLost(const BatchPtr &batch, const net::ApiError &error);
    // Writes the outcome back and completes the operation in one transaction.
    bool complete(const OutboxOperation &op, const EnrichmentOutcome &outcome, bool cacheIt, QString *error);
    // Judges a pending call from a fresh credits reading and stores the verdict.
    void
    judgeCall(const EnrichmentCallLog::Call &call,
              std::function<void(std::optional<EnrichmentCallLog::Outcome>, const net::ApiError &)> then);
    void releaseLink(const OutboxOperation &op);
    void finish(const BatchPtr &batch);

    QString cacheKey(const OutboxOperation &op) const;
    bool isCompany(const OutboxOperation &op) const;

    const storage::Database &m_database;
    OutboxRepository &m_outbox;
    explorium::ExploriumClient &m_client;
    const Clock &m_clock;
    OutboxFailureHandler m_failures;
    EnrichmentCache m_cache;
    CreditLedger m_ledger;
    EnrichmentCallLog m_calls;
    EnrichmentWriter m_writer;
};

} // namespace prospector::sync
