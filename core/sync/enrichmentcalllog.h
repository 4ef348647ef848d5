#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace prospector::storage {
class Database;
}

namespace prospector::sync {

class Clock;
class Transaction;

// How enrichment is paid for at most once.
//
// Explorium charges credits on every enrich call and offers no idempotency key and no way to
// read an enrichment back for free (CONTRACTS.md 3.7). Matching is free. So:
//  1. Results are kept in the EnrichmentCache (30 days) under the normalized e-mail / domain, and
//     every operation looks there first: a cache hit costs nothing and sends nothing.
//  2. Right before a paid call, this log records the call (which outbox operations it covers,
//     the credits it should cost, and Explorium's credits_used read just before) in its own
//     transaction. A process killed after that point leaves the call "pending".
//  3. A successful answer is stored, in one transaction, as the ledger entry plus the cache
//     entries, and the call is forgotten; each operation is then written back from that data.
//     A crash between the two is harmless: the operation finds its data in the cache.
//  4. An answer that is lost (timeout after sending, reset, 5xx, a body we cannot read) leaves
//     the call pending. It is judged by reading credits_used again: if it grew by exactly what
//     our own ledger recorded since the call was sent, this call was not charged and its
//     operations may be sent again. Anything else - more spent, the counter unreadable, no
//     baseline - counts as charged: the credits go to the ledger and the operations go to the
//     dead letters ("answer lost"), where only the rep can decide to pay again.
// The verdict is stored on the call, so every operation it covered gets the same one, however
// many drains or restarts later they are reconciled. Refusals the server certainly did not
// process (429, 4xx, an open circuit) are "not charged" without a reading.
class EnrichmentCallLog {
public:
    enum class Outcome { Pending, Charged, NotCharged };

    struct Call {
        QString id;
        QString endpoint; // contacts | firmographics
        int records = 0;
        qint64 estimatedCredits = 0;
        std::optional<qint64> baselineCreditsUsed;
        qint64 sentAt = 0;
        Outcome outcome = Outcome::Pending;
    };

    EnrichmentCallLog(const storage::Database &database, const Clock &clock);

    // Records a call about to be sent, covering `outboxIds`. Empty id on error: then do not send.
    QString begin(const QList<qint64> &outboxIds, const QString &endpoint, qint64 estimatedCredits,
                  std::optional<qint64> baselineCreditsUsed, QString *error = nullptr);
    // The call an operation was last sent in, nullopt when none (never sent, or settled).
    // A read error returns nullopt with *error set: callers must not take that as "never sent".
    std::optional<Call> callFor(qint64 outboxId, QString *error = nullptr) const;
    bool setOutcome(Transaction &transaction, const QString &callId, Outcome outcome,
                    QString *error = nullptr);
    // The operation is settled (done, dead or queued again): forgets its link, and the call once
    // no operation refers to it any more.
    bool release(Transaction &transaction, qint64 outboxId, QString *error = nullptr);
    // The answer arrived: forgets the call and all its links.
    bool finish(Transaction &transaction, const QString &callId, QString *error = nullptr);

    // The verdict on a lost answer (rule 4 above). ownSpentSince: credits our ledger recorded
    // since the call was sent.
    static Outcome judge(const Call &call, std::optional<qint64> creditsUsedNow, qint64 ownSpentSince);

private:
    const storage::Database &m_database;
    const Clock &m_clock;
};

} // namespace prospector::sync
