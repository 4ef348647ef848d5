#pragma once

#include <QJsonObject>
#include <QString>

namespace prospector::storage {
class Database;
}

namespace prospector::sync {

class Clock;

struct CachedEnrichment {
    QString key;
    QString kind; // prospect | company
    QJsonObject data;
    int qualityScore = -1;
    qint64 fetchedAt = 0;
    qint64 expiresAt = 0;
};

// Enrichment results kept for a TTL (30 days by default) under the normalized email or domain,
// so enriching the same person or company again within the TTL costs no credits.
class EnrichmentCache {
public:
    static constexpr qint64 kDefaultTtlMs = 30LL * 24 * 60 * 60 * 1000;

    EnrichmentCache(const storage::Database &database, const Clock &clock, qint64 ttlMs = kDefaultTtlMs);

    static QString keyForEmail(const QString &email);   // "email:<normalized>"
    static QString keyForDomain(const QString &domain); // "domain:<host>"
    static QString keyForLinkedin(const QString &url);  // "linkedin:<canonical profile URL>"

    // Expired entries are misses. A failed read is Error, which callers must not treat as a miss
    // blindly (a miss spends credits).
    enum class Lookup { Hit, Miss, Error };
    Lookup lookup(const QString &key, CachedEnrichment *entry = nullptr, QString *error = nullptr) const;

    // Inserts or refreshes (fetched_at = now, expires_at = now + TTL). Never REPLACE.
    bool store(const QString &key, const QString &kind, const QJsonObject &data, int qualityScore,
               QString *error = nullptr);
    // Deletes expired entries; returns how many, or -1 on error.
    int purgeExpired(QString *error = nullptr);

    qint64 ttlMs() const { return m_ttlMs; }

private:
    const storage::Database &m_database;
    const Clock &m_clock;
    qint64 m_ttlMs;
};

} // namespace prospector::sync
