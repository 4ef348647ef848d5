#include "sync/exploriumenrichmentsync.h"

#include "explorium/exploriumclient.h"
#include "net/apierror.h"
#include "storage/database.h"
#include "sync/clock.h"
#include "sync/creditbudget.h"
#include "sync/outboxrepository.h"
#include "sync/outcomepolicy.h"
#include "sync/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSyncExplorium, "prospector.sync.explorium", QtInfoMsg)

namespace prospector::sync {
namespace {

const QString kService = QStringLiteral("explorium");
const QString kCompanyKind = QStringLiteral("enrich_company");
const QString kProspectKind = QStringLiteral("enrich_prospect");

QString text(const OutboxOperation &op, const char *key) {
    return op.payload.value(QLatin1StringView(key)).toString();
}

bool isNetwork(const net::ApiError &error) {
    return error.kind == net::ApiErrorKind::Network || error.kind == net::ApiErrorKind::Timeout ||
           error.kind == net::ApiErrorKind::CircuitOpen;
}

} // namespace

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
