#include "sync/enrichmentrequester.h"

#include "review/querysql.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "sync/clock.h"
#include "sync/enrichmentcache.h"
#include "sync/idempotencykey.h"
#include "sync/outboxrepository.h"
#include "sync/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace prospector::sync {
namespace {

bool resolveIds(QSqlDatabase &db, const review::BulkTarget &target, QList<qint64> *ids, QString *error) {
    if (!target.query) {
        *ids = target.ids;
        return true;
    }
    QVariantList values;
    const QString where = review::QuerySql(*target.query)
                              .where(&values, review::QuerySql::Skip::None, review::QuerySql::Use::Counting);
    QSqlQuery query(db);
    // `where` is built by QuerySql from bound values only.
    if (!storage::exec(query,
                       QLatin1String("SELECT id FROM prospects") + where + QLatin1String(" ORDER BY id"),
                       values, error))
        return false;
    while (query.next())
        ids->append(query.value(0).toLongLong());
    return true;
}

} // namespace

EnrichmentRequester::EnrichmentRequester(const storage::Database &database, OutboxRepository &outbox,
                                         const Clock &clock)
    : m_database(database)
    , m_outbox(outbox)
    , m_clock(clock) {}

bool EnrichmentRequester::request(const review::BulkTarget &target, Report *report, QString *error) {
    Transaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    if (!request(transaction, target, report, error))
        return false;
    if (!transaction.commit()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    return true;
}

bool EnrichmentRequester::request(Transaction &transaction, const review::BulkTarget &target, Report *report,
                                  QString *error) {
    if (!transaction.isActive()) {
        if (error)
            *error = QStringLiteral("request needs an open transaction");
        return false;
    }
    QList<qint64> ids;
    if (!resolveIds(transaction.connection(), target, &ids, error))
        return false;
    const qint64 freshSince = m_clock.nowMs() - EnrichmentCache::kDefaultTtlMs;
    QHash<QString, QString> companies; // normalized domain -> the rep's company name

    constexpr qsizetype kChunk = 500;
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        QJsonArray chunk;
        for (qint64 id : ids.mid(start, kChunk))
            chunk.append(id);
        QSqlQuery query(transaction.connection());
        if (!storage::exec(
                query,
                QStringLiteral("SELECT j.value, p.id, coalesce(p.email, ''), coalesce(p.linkedin_url, ''), "
                               "p.first_name, p.last_name, p.company_name, coalesce(p.company_domain, ''), "
                               "e.enriched_at FROM json_each(?) j LEFT JOIN prospects p ON p.id = j.value "
                               "LEFT JOIN prospect_enrichment e ON e.prospect_id = p.id"),
                {QString::fromUtf8(QJsonDocument(chunk).toJson(QJsonDocument::Compact))}, error))
            return false;
        struct Row {
            qint64 id;
            QJsonObject payload;
            QString key;
        };
        QList<Row> rows;
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            if (query.value(1).isNull()) {
                report->skipped.append({id, QCoreApplication::translate("EnrichmentRequester", "not found")});
                report->items.append({id, QStringLiteral("skipped"), report->skipped.constLast().second, 0});
                continue;
            }
            const QString email = IdempotencyKey::normalizeEmail(query.value(2).toString());
            const QString linkedin = query.value(3).toString().trimmed();
            if (email.isEmpty() && linkedin.isEmpty()) {
                report->skipped.append(
                    {id, QCoreApplication::translate("EnrichmentRequester",
                                                     "needs an e-mail address or a LinkedIn profile")});
                report->items.append({id, QStringLiteral("skipped"), report->skipped.constLast().second, 0});
                continue;
            }
            if (!query.value(8).isNull() && query.value(8).toLongLong() > freshSince) {
                ++report->upToDate;
                report->items.append({id, QStringLiteral("up_to_date"), {}, 0});
                continue;
            }
            const QString domain = IdempotencyKey::normalizeDomain(query.value(7).toString());
            if (!domain.isEmpty() && !companies.contains(domain))
                companies.insert(domain, query.value(6).toString().trimmed());
            const QString fullName =
                QString(query.value(4).toString() + QLatin1Char(' ') + query.value(5).toString()).trimmed();
            rows.append({id,
                         {{QStringLiteral("email"), email},
                          {QStringLiteral("linkedin"), linkedin},
                          {QStringLiteral("fullName"), fullName},
                          {QStringLiteral("companyName"), query.value(6).toString().trimmed()},
                          {QStringLiteral("domain"), domain}},
                         email.isEmpty() ? IdempotencyKey::exploriumEnrichLinkedin(linkedin)
                                         : IdempotencyKey::exploriumEnrich(email)});
        }
        query.finish();
        for (const Row &row : std::as_const(rows)) {
            OutboxOperation op;
            op.service = QStringLiteral("explorium");
            op.kind = QStringLiteral("enrich_prospect");
            op.idempotencyKey = row.key;
            op.prospectId = row.id;
            op.payload = row.payload;
            const auto result =
                m_outbox.enqueue(transaction, op, OutboxRepository::OnDuplicate::RequeueDone, error);
            if (result == OutboxRepository::EnqueueResult::Error)
                return false;
            const bool already = result == OutboxRepository::EnqueueResult::AlreadyPresent;
            ++(already ? report->alreadyQueued : report->queued);
            report->items.append(
                {row.id, already ? QStringLiteral("already_queued") : QStringLiteral("queued"), {}, op.id});
        }
    }

    QSqlQuery query(transaction.connection());
    for (auto it = companies.cbegin(); it != companies.cend(); ++it) {
        // Known (found or not) within the cache lifetime: the prospects' write-back uses that.
        if (!storage::exec(
                query,
                QStringLiteral("SELECT 1 FROM enrichment_cache WHERE cache_key = ? AND expires_at > ?"),
                {EnrichmentCache::keyForDomain(it.key()), m_clock.nowMs()}, error))
            return false;
        if (query.next())
            continue;
        OutboxOperation op;
        op.service = QStringLiteral("explorium");
        op.kind = QStringLiteral("enrich_company");
        op.idempotencyKey = IdempotencyKey::exploriumEnrichCompany(it.key());
        op.payload = {{QStringLiteral("domain"), it.key()}, {QStringLiteral("name"), it.value()}};
        const auto result =
            m_outbox.enqueue(transaction, op, OutboxRepository::OnDuplicate::RequeueDone, error);
        if (result == OutboxRepository::EnqueueResult::Error)
            return false;
        if (result != OutboxRepository::EnqueueResult::AlreadyPresent)
            ++report->companiesQueued;
    }
    return true;
}

} // namespace prospector::sync
