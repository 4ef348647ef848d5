// The network half of ExploriumEnrichmentSync: the free match, the paid bulk enrich recorded in
// the call log, storing its answer, and judging an answer that was lost.
#include "explorium/exploriumclient.h"
#include "storage/database.h"
#include "sync/clock.h"
#include "sync/exploriumenrichmentbatch.h"
#include "sync/exploriumenrichmentsync.h"
#include "sync/outboxrepository.h"
#include "sync/outcomepolicy.h"
#include "sync/transaction.h"

#include <QCoreApplication>

namespace prospector::sync {

using namespace enrichment;

void ExploriumEnrichmentSync::judgeCall(
    const EnrichmentCallLog::Call &call,
    std::function<void(std::optional<EnrichmentCallLog::Outcome>, const net::ApiError &)> then) {
    m_client.credits(this, [this, call,
                            then = std::move(then)](const net::ApiResult<explorium::CreditsSummary> &r) {
        std::optional<qint64> usedNow;
        if (r.ok())
            usedNow = r.value.creditsUsed;
        else if (call.baselineCreditsUsed)
            return then(std::nullopt, r.error); // a reading may still settle it later
        QString error;
        const auto ownSpent = m_ledger.spentSince(kService, call.sentAt, &error);
        if (!ownSpent)
            return then(std::nullopt,
                        net::ApiError::make(net::ApiErrorKind::None, net::Service::Explorium, error));
        const EnrichmentCallLog::Outcome verdict = EnrichmentCallLog::judge(call, usedNow, *ownSpent);
        Transaction transaction(m_database.connection());
        const bool stored = transaction.isActive() &&
                            m_calls.setOutcome(transaction, call.id, verdict, &error) &&
                            (verdict != EnrichmentCallLog::Outcome::Charged ||
                             m_ledger.record(kService, call.endpoint, call.estimatedCredits, call.records, 0,
                                             QStringLiteral("call %1, answer lost").arg(call.id), &error)) &&
                            transaction.commit();
        if (!stored)
            return then(std::nullopt, net::ApiError::make(net::ApiErrorKind::None, net::Service::Explorium,
                                                          error.isEmpty() ? transaction.error() : error));
        qCInfo(lcSyncExplorium) << "lost answer of call" << call.id
                                << (verdict == EnrichmentCallLog::Outcome::Charged ? "was charged"
                                                                                   : "was not charged");
        then(verdict, {});
    });
}

void ExploriumEnrichmentSync::match(const BatchPtr &batch) {
    auto handle = [this, batch](const net::ApiResult<explorium::MatchResult> &r) {
        if (!r.ok()) {
            // Matching is free: whatever happened, nothing was charged.
            for (const OutboxOperation &op : std::as_const(batch->remote))
                m_failures.apply(op, r.error, batch->report);
            return finish(batch);
        }
        for (qsizetype i = 0; i < batch->remote.size(); ++i) {
            const OutboxOperation &op = batch->remote.at(i);
            const explorium::MatchItem item =
                i < r.value.items.size() ? r.value.items.at(i) : explorium::MatchItem{};
            if (item.matched()) {
                batch->matched.append(op);
                batch->remoteIds.insert(op.id, item.id);
                continue;
            }
            if (!item.error.isEmpty()) {
                m_failures.dead(op, QStringLiteral("match_error"),
                                item.errorType + QLatin1String(": ") + item.error, batch->report);
                continue;
            }
            QString error;
            if (complete(op, EnrichmentOutcome{}, true, &error))
                ++batch->report.completed;
            else
                qCWarning(lcSyncExplorium) << "write-back failed:" << error;
        }
        enrich(batch);
    };
    if (batch->companies) {
        QList<explorium::BusinessQuery> queries;
        for (const OutboxOperation &op : std::as_const(batch->remote))
            queries.append({text(op, "name"), text(op, "domain"), {}, {}});
        m_client.matchBusinesses(queries, this, handle);
        return;
    }
    QList<explorium::ProspectQuery> queries;
    for (const OutboxOperation &op : std::as_const(batch->remote)) {
        explorium::ProspectQuery q;
        q.email = text(op, "email");
        q.linkedin = text(op, "linkedin");
        if (!text(op, "companyName").isEmpty()) {
            q.fullName = text(op, "fullName");
            q.companyName = text(op, "companyName");
        }
        // The company's Explorium id, when known, narrows the match to it.
        CachedEnrichment company;
        if (!text(op, "domain").isEmpty() && m_cache.lookup(EnrichmentCache::keyForDomain(text(op, "domain")),
                                                            &company) == EnrichmentCache::Lookup::Hit)
            q.businessId = EnrichmentOutcome::fromJson(company.data).remoteId;
        queries.append(q);
    }
    m_client.matchProspects(queries, this, handle);
}

void ExploriumEnrichmentSync::enrich(const BatchPtr &batch) {
    if (batch->matched.isEmpty())
        return finish(batch);
    // The baseline for judging a lost answer; without it a lost answer counts as charged.
    m_client.credits(this, [this, batch](const net::ApiResult<explorium::CreditsSummary> &r) {
        if (!r.ok())
            qCInfo(lcSyncExplorium) << "credit counter unavailable before sending:" << r.error.toLogString();
        QList<qint64> ids;
        for (const OutboxOperation &op : std::as_const(batch->matched))
            ids << op.id;
        EnrichmentCallLog::Call &call = batch->call;
        call.endpoint = batch->companies ? QStringLiteral("firmographics") : QStringLiteral("contacts");
        call.records = int(ids.size());
        call.estimatedCredits = ids.size() * batch->unitCost();
        if (r.ok())
            call.baselineCreditsUsed = r.value.creditsUsed;
        call.sentAt = m_clock.nowMs();
        QString error;
        call.id = m_calls.begin(ids, call.endpoint, call.estimatedCredits, call.baselineCreditsUsed, &error);
        if (call.id.isEmpty()) {
            qCWarning(lcSyncExplorium) << "cannot record the call, not sending:" << error;
            for (const OutboxOperation &op : std::as_const(batch->matched)) {
                m_outbox.retryLater(op, QStringLiteral("cannot record the call: ") + error);
                ++batch->report.retrying;
            }
            return finish(batch);
        }
        send(batch);
    });
}

void ExploriumEnrichmentSync::send(const BatchPtr &batch) {
    QStringList ids;
    for (const OutboxOperation &op : std::as_const(batch->matched))
        ids << batch->remoteIds.value(op.id);
    if (batch->companies) {
        m_client.enrichFirmographics(
            ids, this,
            [this, batch](const net::ApiResult<explorium::EnrichResult<explorium::Firmographics>> &r) {
                if (!r.ok())
                    return answerLost(batch, r.error);
                QHash<QString, QJsonObject> records;
                for (const explorium::Firmographics &f : r.value.records)
                    records.insert(f.businessId, EnrichmentOutcome::companyJson(f));
                storeAnswer(batch, records);
            });
        return;
    }
    const int types = explorium::ExploriumClient::Email |
                      (batch->settings.includePhone ? explorium::ExploriumClient::Phone : 0);
    m_client.enrichContactInformation(
        ids, types, this,
        [this, batch](const net::ApiResult<explorium::EnrichResult<explorium::ContactInformation>> &r) {
            if (!r.ok())
                return answerLost(batch, r.error);
            QHash<QString, QJsonObject> records;
            for (const explorium::ContactInformation &c : r.value.records)
                records.insert(c.prospectId, EnrichmentOutcome::contactJson(c));
            storeAnswer(batch, records);
        });
}

void ExploriumEnrichmentSync::storeAnswer(const BatchPtr &batch, const QHash<QString, QJsonObject> &records) {
    // First what was paid for and what it bought, together; then each write-back on its own.
    QList<EnrichmentOutcome> outcomes;
    for (const OutboxOperation &op : std::as_const(batch->matched)) {
        EnrichmentOutcome outcome;
        outcome.remoteId = batch->remoteIds.value(op.id);
        outcome.matched = records.contains(outcome.remoteId);
        outcome.data = records.value(outcome.remoteId);
        outcomes.append(outcome);
    }
    QString error;
    {
        Transaction transaction(m_database.connection());
        bool ok =
            transaction.isActive() &&
            m_ledger.record(kService, batch->call.endpoint, batch->call.estimatedCredits, batch->call.records,
                            0, QStringLiteral("call %1").arg(batch->call.id), &error);
        for (qsizetype i = 0; ok && i < batch->matched.size(); ++i)
            ok = m_cache.store(cacheKey(batch->matched.at(i)),
                               batch->companies ? QStringLiteral("company") : QStringLiteral("prospect"),
                               outcomes.at(i).toJson(), -1, &error);
        ok = ok && m_calls.finish(transaction, batch->call.id, &error) && transaction.commit();
        if (!ok) {
            // Paid but not stored: the call stays pending and is judged when reconciled.
            qCWarning(lcSyncExplorium) << "cannot store the answer:" << error << transaction.error();
            for (const OutboxOperation &op : std::as_const(batch->matched))
                m_failures.unknown(op, QStringLiteral("cannot store the answer: ") + error, batch->report);
            return finish(batch);
        }
    }
    for (qsizetype i = 0; i < batch->matched.size(); ++i) {
        if (complete(batch->matched.at(i), outcomes.at(i), false, &error))
            ++batch->report.completed;
        else
            qCWarning(lcSyncExplorium) << "write-back failed (the data is in the cache):" << error;
    }
    finish(batch);
}

void ExploriumEnrichmentSync::answerLost(const BatchPtr &batch, const net::ApiError &error) {
    const OutboxDecision decision = OutboxDecision::forError(error);
    if (decision.action != OutboxDecision::Action::Unknown &&
        decision.action != OutboxDecision::Action::Reconcile) {
        // Refused before processing (429, 4xx, open circuit): nothing was charged.
        for (const OutboxOperation &op : std::as_const(batch->matched)) {
            releaseLink(op);
            m_failures.apply(op, error, batch->report);
        }
        return finish(batch);
    }
    judgeCall(batch->call, [this, batch, error](std::optional<EnrichmentCallLog::Outcome> verdict,
                                                const net::ApiError &probeError) {
        for (const OutboxOperation &op : std::as_const(batch->matched)) {
            if (!verdict) {
                m_failures.unknown(op, error.toLogString(), batch->report);
                if (isNetwork(error) && isNetwork(probeError))
                    ++batch->report.networkFailures;
            } else if (*verdict == EnrichmentCallLog::Outcome::Charged) {
                releaseLink(op);
                m_failures.dead(op, QStringLiteral("answer_lost"),
                                QCoreApplication::translate(
                                    "ExploriumEnrichmentSync",
                                    "Explorium charged for this enrichment but its answer was lost (%1); "
                                    "retrying it costs credits again.")
                                    .arg(error.toLogString()),
                                batch->report);
            } else {
                releaseLink(op);
                m_outbox.retryLater(op, QStringLiteral("not charged: ") + error.toLogString());
                ++batch->report.retrying;
            }
        }
        finish(batch);
    });
}

} // namespace prospector::sync
