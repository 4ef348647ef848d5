#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace prospector::storage {
class Database;
}

namespace prospector::sync {

class Clock;

// What the detail pane shows about one prospect's enrichment (read-only, any thread with its
// own connection). state: "none" (never asked), "queued" (waiting, or its earlier outcome is
// being checked), "in_progress", "enriched", "no_match", "failed" (a dead letter: see failure /
// failureKind, e.g. "answer_lost" or "budget"-free reasons; retried from the Problems page).
struct ProspectEnrichmentState {
    QString state = QStringLiteral("none");
    QString failure;       // dead letter's message (plain text)
    QString failureKind;   // dead letter's kind: validation | auth | permission | answer_lost | match_error |
                           // exhausted
    QString source;        // "explorium" or "cache"
    qint64 enrichedAt = 0; // epoch ms of the last finished enrichment, 0 = never
    QJsonObject contact;   // contact information as received (emails, phone_numbers, mobile_phone, ...)
    QJsonObject company;   // the company's firmographics (companies.enrichment_json), if enriched
    QStringList filled;    // prospect fields enrichment filled (never overwritten ones)
    int qualityScore = -1; // prospects.quality_score, -1 = not computed
    QJsonObject quality;   // {"score": n, "components": [{"field","quality","points","max"}, ...]}

    QJsonObject toJson() const;
};

// The Explorium credit budget right now (rolling 30 days over the credit ledger).
struct CreditBudgetState {
    qint64 limit = 0; // credits allowed per window (EnrichmentSettings::creditBudget)
    qint64 used = 0;  // credits spent in the window
    qint64 left = 0;  // max(0, limit - used)
    int windowDays = 30;
    bool reached() const { return left <= 0; }
    QJsonObject toJson() const;
};

// What enrichment did since a moment (for run summaries: the CLI, autopilot's run report).
struct EnrichmentActivity {
    int enriched = 0;  // prospects written back with data (matched remotely or from the cache)
    int matched = 0;   // ... of which Explorium matched in a paid call
    int cacheHits = 0; // prospects served from the cache (found or not): no request, no credit
    int noMatch = 0;   // prospects Explorium has nothing for
    int companiesEnriched = 0;
    qint64 creditsUsed = 0; // from the credit ledger, including answers lost after being charged
};

class EnrichmentStatusReader {
public:
    EnrichmentStatusReader(const storage::Database &database, const Clock &clock);

    // nullopt with *error on a database error; a prospect that does not exist reads as "none".
    std::optional<ProspectEnrichmentState> prospect(qint64 prospectId, QString *error = nullptr) const;
    // nullopt with *error when the settings or the ledger cannot be read.
    std::optional<CreditBudgetState> budget(QString *error = nullptr) const;
    std::optional<EnrichmentActivity> activitySince(qint64 sinceMs, QString *error = nullptr) const;

private:
    const storage::Database &m_database;
    const Clock &m_clock;
};

} // namespace prospector::sync
