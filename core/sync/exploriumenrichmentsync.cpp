#include "sync/exploriumenrichmentsync.h"

#include "explorium/exploriumclient.h"
#include "net/apierror.h"
#include "storage/database.h"
#include "sync/clock.h"
#include "sync/creditbudget.h"
#include "sync/exploriumenrichmentbatch.h"
#include "sync/outboxrepository.h"
#include "sync/outcomepolicy.h"
#include "sync/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSyncExplorium, "prospector.sync.explorium", QtInfoMsg)

namespace prospector::sync {

using namespace enrichment;

ExploriumEnrichmentSync::ExploriumEnrichmentSync(const storage::Database &database, OutboxRepository &outbox,
                                                 explorium::ExploriumClient &client, const Clock &clock,
                                                 QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_outbox(outbox)
    , m_client(client)
    , m_clock(clock)
    , m_failures(outbox, clock)
    , m_cache(database, clock)
    , m_ledger(database, clock)
    , m_calls(database, clock)
    , m_writer(database, clock) {}

ExploriumEnrichmentSync::~ExploriumEnrichmentSync() = default;

bool ExploriumEnrichmentSync::isCompany(const OutboxOperation &op) const {
    return op.kind == kCompanyKind;
}

QString ExploriumEnrichmentSync::cacheKey(const OutboxOperation &op) const {
    if (isCompany(op))
        return EnrichmentCache::keyForDomain(text(op, "domain"));
    const QString email = text(op, "email");
    return email.isEmpty() ? EnrichmentCache::keyForLinkedin(text(op, "linkedin"))
                           : EnrichmentCache::keyForEmail(email);
}

void ExploriumEnrichmentSync::drainBatch(std::function<void(const DrainReport &)> done) {
    auto batch = std::make_shared<Batch>();
    batch->done = std::move(done);
    QString error;
    QList<OutboxOperation> claimed = m_outbox.claimDue(kService, kCompanyKind, kBatchSize, &error);
    batch->companies = !claimed.isEmpty();
    if (claimed.isEmpty() && error.isEmpty())
        claimed = m_outbox.claimDue(kService, kProspectKind, kBatchSize, &error);
    if (!error.isEmpty())
        qCWarning(lcSyncExplorium) << "claim failed:" << error;
    batch->report.claimed = int(claimed.size());
    if (claimed.isEmpty()) {
        batch->done(batch->report);
        return;
    }
    const auto settings = EnrichmentSettings::load(m_database, &error);
    if (!settings) {
        // Fail closed: no credits are spent under a budget we cannot read.
        for (const OutboxOperation &op : std::as_const(claimed))
            m_outbox.release(op);
        batch->report.retrying += int(claimed.size());
        batch->report.pauseService = true;
        batch->report.pauseReason = QCoreApplication::translate("ExploriumEnrichmentSync",
                                                                "The enrichment settings cannot be read: %1")
                                        .arg(error);
        batch->done(batch->report);
        return;
    }
    batch->settings = *settings;
    for (const OutboxOperation &op : std::as_const(claimed))
        (op.needsReconcile ? batch->toReconcile : batch->ready).append(op);
    reconcileNext(batch);
}

void ExploriumEnrichmentSync::reconcileNext(const BatchPtr &batch) {
    if (batch->toReconcile.isEmpty()) {
        serveCacheHits(batch);
        return;
    }
    OutboxOperation op = batch->toReconcile.takeFirst();
    QString error;
    // The data may already be here (the answer was stored but the write-back did not finish).
    CachedEnrichment cached;
    const auto hit = m_cache.lookup(cacheKey(op), &cached, &error);
    if (hit == EnrichmentCache::Lookup::Hit) {
        EnrichmentOutcome outcome = EnrichmentOutcome::fromJson(cached.data);
        outcome.fromCache = true;
        if (complete(op, outcome, false, &error)) {
            ++batch->report.reconciled;
            ++batch->report.completed;
        } else {
            qCWarning(lcSyncExplorium) << "write-back failed:" << error;
        }
        reconcileNext(batch);
        return;
    }
    std::optional<EnrichmentCallLog::Call> call;
    if (hit == EnrichmentCache::Lookup::Miss)
        call = m_calls.callFor(op.id, &error);
    if (!error.isEmpty()) {
        // Cannot tell whether it was paid for: try again later, never guess.
        m_outbox.retryLater(op, QStringLiteral("cannot read the enrichment state: ") + error);
        ++batch->report.retrying;
        reconcileNext(batch);
        return;
    }
    if (!call) {
        settle(batch, op, EnrichmentCallLog::Outcome::NotCharged); // its paid call was never sent
        return;
    }
    if (call->outcome != EnrichmentCallLog::Outcome::Pending) {
        settle(batch, op, call->outcome);
        return;
    }
    judgeCall(*call, [this, batch, op](std::optional<EnrichmentCallLog::Outcome> verdict,
                                       const net::ApiError &probeError) {
        if (!verdict) {
            m_failures.unknown(
                op,
                QCoreApplication::translate("ExploriumEnrichmentSync",
                                            "Explorium's credit counter cannot be read yet: %1")
                    .arg(probeError.toLogString()),
                batch->report);
            if (isNetwork(probeError))
                ++batch->report.networkFailures;
            reconcileNext(batch);
            return;
        }
        settle(batch, op, *verdict);
    });
}

void ExploriumEnrichmentSync::settle(const BatchPtr &batch, OutboxOperation op,
                                     EnrichmentCallLog::Outcome outcome) {
    if (outcome == EnrichmentCallLog::Outcome::Charged) {
        releaseLink(op);
        m_failures.dead(op, QStringLiteral("answer_lost"),
                        QCoreApplication::translate(
                            "ExploriumEnrichmentSync",
                            "Explorium charged for this enrichment but its answer was lost; retrying it "
                            "costs credits again."),
                        batch->report);
        reconcileNext(batch);
        return;
    }
    QString error;
    if (m_outbox.clearReconcile(op, &error)) {
        releaseLink(op);
        ++batch->report.reconciled;
        batch->ready.append(op);
    } else {
        qCWarning(lcSyncExplorium) << "lost claim while reconciling:" << error;
    }
    reconcileNext(batch);
}

void ExploriumEnrichmentSync::serveCacheHits(const BatchPtr &batch) {
    for (const OutboxOperation &op : std::as_const(batch->ready)) {
        QString error;
        if (!isCompany(op) && op.prospectId <= 0) {
            // The prospect was deleted after it was queued: nothing to enrich, nothing to pay.
            Transaction transaction(m_database.connection());
            if (transaction.isActive() &&
                m_outbox.complete(transaction, op, {{QStringLiteral("skipped"), QStringLiteral("deleted")}},
                                  &error) &&
                transaction.commit())
                ++batch->report.completed;
            continue;
        }
        CachedEnrichment cached;
        switch (m_cache.lookup(cacheKey(op), &cached, &error)) {
        case EnrichmentCache::Lookup::Hit: {
            EnrichmentOutcome outcome = EnrichmentOutcome::fromJson(cached.data);
            outcome.fromCache = true;
            if (complete(op, outcome, false, &error))
                ++batch->report.completed;
            else
                qCWarning(lcSyncExplorium) << "write-back failed:" << error;
            break;
        }
        case EnrichmentCache::Lookup::Miss:
            batch->remote.append(op);
            break;
        case EnrichmentCache::Lookup::Error:
            // A failed read is not a miss: a miss would spend credits.
            m_outbox.retryLater(op, QStringLiteral("cache unreadable: ") + error);
            ++batch->report.retrying;
            break;
        }
    }
    batch->ready.clear();
    if (batch->remote.isEmpty())
        return finish(batch);

    const CreditBudget budget(m_ledger, m_clock, kService, batch->settings.creditBudget);
    QString error;
    const auto left = budget.remaining(&error);
    const qint64 affordable = left ? *left / batch->unitCost() : 0;
    if (affordable < batch->remote.size()) {
        for (qsizetype i = qsizetype(affordable); i < batch->remote.size(); ++i) {
            m_outbox.release(batch->remote.at(i));
            ++batch->report.retrying;
        }
        batch->remote.resize(qsizetype(affordable));
        batch->report.pauseService = true;
        batch->report.pauseReason =
            left ? QCoreApplication::translate(
                       "ExploriumEnrichmentSync",
                       "credit budget reached (%1 credits per 30 days); raise it in Settings to enrich more")
                       .arg(batch->settings.creditBudget)
                 : QCoreApplication::translate("ExploriumEnrichmentSync",
                                               "the credit ledger cannot be read: %1")
                       .arg(error);
    }
    if (batch->remote.isEmpty())
        return finish(batch);
    match(batch);
}

bool ExploriumEnrichmentSync::complete(const OutboxOperation &op, const EnrichmentOutcome &outcome,
                                       bool cacheIt, QString *error) {
    Transaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    const bool company = isCompany(op);
    if (cacheIt &&
        !m_cache.store(cacheKey(op), company ? QStringLiteral("company") : QStringLiteral("prospect"),
                       outcome.toJson(), -1, error))
        return false;
    const bool written =
        company ? m_writer.writeCompany(transaction, text(op, "domain"), text(op, "name"), outcome, error)
                : m_writer.writeProspect(transaction, op.prospectId, outcome, error);
    if (!written || !m_calls.release(transaction, op.id, error))
        return false;
    const QJsonObject result{{QStringLiteral("matched"), outcome.matched},
                             {QStringLiteral("fromCache"), outcome.fromCache},
                             {QStringLiteral("exploriumId"), outcome.remoteId}};
    if (!m_outbox.complete(transaction, op, result, error))
        return false;
    if (!transaction.commit()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    return true;
}

void ExploriumEnrichmentSync::releaseLink(const OutboxOperation &op) {
    Transaction transaction(m_database.connection());
    QString error;
    if (!transaction.isActive() || !m_calls.release(transaction, op.id, &error) || !transaction.commit())
        qCWarning(lcSyncExplorium) << "cannot settle the call link of operation" << op.id << error;
}

void ExploriumEnrichmentSync::finish(const BatchPtr &batch) {
    batch->done(batch->report);
}

} // namespace prospector::sync
