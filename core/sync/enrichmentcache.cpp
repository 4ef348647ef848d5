#include "sync/enrichmentcache.h"

#include "storage/database.h"
#include "storage/sqlerror.h"
#include "sync/clock.h"
#include "sync/idempotencykey.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace prospector::sync {

EnrichmentCache::EnrichmentCache(const storage::Database &database, const Clock &clock, qint64 ttlMs)
    : m_database(database)
    , m_clock(clock)
    , m_ttlMs(ttlMs) {}

QString EnrichmentCache::keyForEmail(const QString &email) {
    return QLatin1String("email:") + IdempotencyKey::normalizeEmail(email);
}

QString EnrichmentCache::keyForDomain(const QString &domain) {
    return QLatin1String("domain:") + IdempotencyKey::normalizeDomain(domain);
}

QString EnrichmentCache::keyForLinkedin(const QString &url) {
    return QLatin1String("linkedin:") + url.trimmed();
}

EnrichmentCache::Lookup EnrichmentCache::lookup(const QString &key, CachedEnrichment *entry,
                                                QString *error) const {
    QSqlQuery query(m_database.connection());
    if (!storage::exec(query,
                       QStringLiteral("SELECT kind, data_json, quality_score, fetched_at, expires_at "
                                      "FROM enrichment_cache WHERE cache_key = ? AND expires_at > ?"),
                       {key, m_clock.nowMs()}, error))
        return Lookup::Error;
    if (!query.next())
        return Lookup::Miss;
    if (entry) {
        entry->key = key;
        entry->kind = query.value(0).toString();
        entry->data = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
        entry->qualityScore = query.value(2).isNull() ? -1 : query.value(2).toInt();
        entry->fetchedAt = query.value(3).toLongLong();
        entry->expiresAt = query.value(4).toLongLong();
    }
    return Lookup::Hit;
}

bool EnrichmentCache::store(const QString &key, const QString &kind, const QJsonObject &data,
                            int qualityScore, QString *error) {
    const qint64 now = m_clock.nowMs();
    QSqlQuery query(m_database.connection());
    const QVariant quality = qualityScore >= 0 ? QVariant(qualityScore) : QVariant(QMetaType(QMetaType::Int));
    return storage::exec(
        query,
        QStringLiteral("INSERT INTO enrichment_cache (cache_key, kind, data_json, quality_score, fetched_at, "
                       "expires_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(cache_key) DO UPDATE SET "
                       "kind = excluded.kind, data_json = excluded.data_json, "
                       "quality_score = excluded.quality_score, fetched_at = excluded.fetched_at, "
                       "expires_at = excluded.expires_at"),
        {key, kind, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)), quality, now,
         now + m_ttlMs},
        error);
}

int EnrichmentCache::purgeExpired(QString *error) {
    QSqlQuery query(m_database.connection());
    if (!storage::exec(query, QStringLiteral("DELETE FROM enrichment_cache WHERE expires_at <= ?"),
                       {m_clock.nowMs()}, error))
        return -1;
    return query.numRowsAffected();
}

} // namespace prospector::sync
