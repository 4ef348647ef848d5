#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace prospector::explorium {
struct ContactInformation;
struct Firmographics;
} // namespace prospector::explorium
namespace prospector::storage {
class Database;
}

namespace prospector::sync {

class Clock;
class Transaction;

// One enrichment answer for a person or a company, as the cache keeps it (toJson/fromJson).
struct EnrichmentOutcome {
    bool matched = false;
    QString remoteId; // Explorium prospect_id or business_id
    QJsonObject data; // contact information or firmographics, in the shape of contactJson/companyJson
    bool fromCache = false;

    QJsonObject toJson() const;
    static EnrichmentOutcome fromJson(const QJsonObject &json);
    static QJsonObject contactJson(const explorium::ContactInformation &contact);
    static QJsonObject companyJson(const explorium::Firmographics &company);
};

// Writes enrichment results into the local copy, inside the caller's transaction (the one that
// completes the outbox operation, so both or neither are stored).
//
// The fill rule: enrichment only fills fields that are empty; it never overwrites a value the
// rep typed or imported. A prospect gets its e-mail (the professional address; only when no
// other prospect has it), its phone (mobile first), and from its company the industry and
// company size. The company row (matched by domain) gets name, website, industry, size and
// country the same way, plus the full firmographics. Everything received is kept verbatim in
// prospect_enrichment.data_json / companies.enrichment_json, filled or not.
//
// Afterwards the data-quality score (0-100 with its breakdown, see DataQualityScorer) is
// recomputed from the stored fields, the e-mail status Explorium reported for the prospect's own
// address, and the company's firmographics where the prospect has none. A match moves the stage
// new -> enriched (never backwards) and adds an "enriched" timeline entry; no match adds
// "enrichment_no_match" and leaves the stage alone.
class EnrichmentWriter {
public:
    EnrichmentWriter(const storage::Database &database, const Clock &clock);

    // Returns false (error set) on a database error; a prospect deleted meanwhile is not an error.
    bool writeProspect(Transaction &transaction, qint64 prospectId, const EnrichmentOutcome &outcome,
                       QString *error = nullptr);
    // `name` is the company name the rep has for the domain (kept over Explorium's).
    bool writeCompany(Transaction &transaction, const QString &domain, const QString &name,
                      const EnrichmentOutcome &outcome, QString *error = nullptr);

private:
    bool rescore(Transaction &transaction, qint64 prospectId, QString *error);

    const storage::Database &m_database;
    const Clock &m_clock;
};

} // namespace prospector::sync
