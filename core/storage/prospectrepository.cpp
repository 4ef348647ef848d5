#include "storage/prospectrepository.h"

#include "storage/database.h"
#include "storage/searchquery.h"
#include "storage/sqlerror.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace prospector::storage {
namespace {

QVariant nullIfEmpty(const QString &value) {
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

QVariant nullIfZero(qint64 value) {
    return value == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(value);
}

QVariant nullIfNegative(int value) {
    return value < 0 ? QVariant(QMetaType(QMetaType::Int)) : QVariant(value);
}

QString toJson(const QJsonObject &object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString toJson(const QStringList &list) {
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

// The writable columns in one order, shared by insert and update so they cannot drift apart.
const QStringList &writableColumns() {
    static const QStringList columns = {
        QStringLiteral("first_name"),     QStringLiteral("last_name"),
        QStringLiteral("email"),          QStringLiteral("linkedin_url"),
        QStringLiteral("name_key"),       QStringLiteral("title"),
        QStringLiteral("company_name"),   QStringLiteral("company_domain"),
        QStringLiteral("company_id"),     QStringLiteral("website"),
        QStringLiteral("phone"),          QStringLiteral("phone_key"),
        QStringLiteral("city"),           QStringLiteral("region"),
        QStringLiteral("country"),        QStringLiteral("industry"),
        QStringLiteral("company_size"),   QStringLiteral("source"),
        QStringLiteral("custom_fields"),  QStringLiteral("stage"),
        QStringLiteral("score"),          QStringLiteral("score_reasons"),
        QStringLiteral("tier"),           QStringLiteral("tier_override"),
        QStringLiteral("quality_score"),  QStringLiteral("archived"),
        QStringLiteral("unsubscribed"),   QStringLiteral("bounced"),
        QStringLiteral("do_not_contact"), QStringLiteral("sync_state"),
        QStringLiteral("hubspot_id"),     QStringLiteral("lemlist_lead_id"),
        QStringLiteral("import_id"),      QStringLiteral("updated_at"),
    };
    return columns;
}

QVariantList writableValues(const Prospect &p, qint64 now) {
    return {p.firstName,
            p.lastName,
            nullIfEmpty(p.email),
            nullIfEmpty(p.linkedinUrl),
            nullIfEmpty(p.nameKey),
            p.title,
            p.companyName,
            nullIfEmpty(p.companyDomain),
            nullIfZero(p.companyId),
            p.website,
            p.phone,
            p.phoneKey,
            p.city,
            p.region,
            p.country,
            p.industry,
            p.companySize,
            p.source,
            toJson(p.customFields),
            p.stage,
            nullIfNegative(p.score),
            toJson(p.scoreReasons),
            nullIfEmpty(p.tier),
            nullIfEmpty(p.tierOverride),
            nullIfNegative(p.qualityScore),
            p.archived,
            p.unsubscribed,
            p.bounced,
            p.doNotContact,
            p.syncState,
            nullIfEmpty(p.hubspotId),
            nullIfEmpty(p.lemlistLeadId),
            nullIfZero(p.importId),
            now};
}

} // namespace

ProspectRepository::ProspectRepository(const Database &database)
    : m_database(database) {}

QString ProspectRepository::selectColumns() {
    return QStringLiteral("id, ") + writableColumns().join(QStringLiteral(", ")) +
           QStringLiteral(", created_at");
}

Prospect ProspectRepository::fromRecord(const QSqlQuery &q) {
    Prospect p;
    int i = 0;
    p.id = q.value(i++).toLongLong();
    p.firstName = q.value(i++).toString();
    p.lastName = q.value(i++).toString();
    p.email = q.value(i++).toString();
    p.linkedinUrl = q.value(i++).toString();
    p.nameKey = q.value(i++).toString();
    p.title = q.value(i++).toString();
    p.companyName = q.value(i++).toString();
    p.companyDomain = q.value(i++).toString();
    p.companyId = q.value(i++).toLongLong();
    p.website = q.value(i++).toString();
    p.phone = q.value(i++).toString();
    p.phoneKey = q.value(i++).toString();
    p.city = q.value(i++).toString();
    p.region = q.value(i++).toString();
    p.country = q.value(i++).toString();
    p.industry = q.value(i++).toString();
    p.companySize = q.value(i++).toString();
    p.source = q.value(i++).toString();
    p.customFields = QJsonDocument::fromJson(q.value(i++).toString().toUtf8()).object();
    p.stage = q.value(i++).toString();
    p.score = q.value(i).isNull() ? -1 : q.value(i).toInt();
    ++i;
    const QJsonArray reasons = QJsonDocument::fromJson(q.value(i++).toString().toUtf8()).array();
    for (const QJsonValue &reason : reasons)
        p.scoreReasons << reason.toString();
    p.tier = q.value(i++).toString();
    p.tierOverride = q.value(i++).toString();
    p.qualityScore = q.value(i).isNull() ? -1 : q.value(i).toInt();
    ++i;
    p.archived = q.value(i++).toBool();
    p.unsubscribed = q.value(i++).toBool();
    p.bounced = q.value(i++).toBool();
    p.doNotContact = q.value(i++).toBool();
    p.syncState = q.value(i++).toString();
    p.hubspotId = q.value(i++).toString();
    p.lemlistLeadId = q.value(i++).toString();
    p.importId = q.value(i++).toLongLong();
    p.updatedAt = q.value(i++).toLongLong();
    p.createdAt = q.value(i++).toLongLong();
    return p;
}

qint64 ProspectRepository::insert(const Prospect &prospect, QString *error) {
    const qint64 now = prospect.createdAt ? prospect.createdAt : QDateTime::currentMSecsSinceEpoch();
    QStringList placeholders;
    for (qsizetype i = 0; i < writableColumns().size() + 1; ++i)
        placeholders << QStringLiteral("?");
    const QString sql =
        QStringLiteral("INSERT INTO prospects (%1, created_at) VALUES (%2)")
            .arg(writableColumns().join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")));
    QVariantList values = writableValues(prospect, prospect.updatedAt ? prospect.updatedAt : now);
    values << now;
    QSqlQuery query(m_database.connection());
    if (!exec(query, sql, values, error))
        return 0;
    return query.lastInsertId().toLongLong();
}

bool ProspectRepository::update(const Prospect &prospect, QString *error) {
    QStringList assignments;
    for (const QString &column : writableColumns())
        assignments << column + QStringLiteral(" = ?");
    const QString sql =
        QStringLiteral("UPDATE prospects SET %1 WHERE id = ?").arg(assignments.join(QStringLiteral(", ")));
    QVariantList values = writableValues(prospect, QDateTime::currentMSecsSinceEpoch());
    values << prospect.id;
    QSqlQuery query(m_database.connection());
    return exec(query, sql, values, error);
}

bool ProspectRepository::remove(qint64 id, QString *error) {
    QSqlQuery query(m_database.connection());
    return exec(query, QStringLiteral("DELETE FROM prospects WHERE id = ?"), {id}, error);
}

std::optional<Prospect> ProspectRepository::get(qint64 id, QString *error) const {
    QSqlQuery query(m_database.connection());
    if (!exec(query, QStringLiteral("SELECT %1 FROM prospects WHERE id = ?").arg(selectColumns()), {id},
              error))
        return std::nullopt;
    if (!query.next())
        return std::nullopt;
    return fromRecord(query);
}

ProspectRepository::Lookup ProspectRepository::findBy(const QString &column, const QString &value,
                                                      Prospect *out, QString *error) const {
    if (value.isEmpty())
        return Lookup::NotFound;
    QSqlQuery query(m_database.connection());
    // `column` is one of our own constants, never user text.
    if (!exec(query,
              QStringLiteral("SELECT %1 FROM prospects WHERE %2 = ? LIMIT 1").arg(selectColumns(), column),
              {value}, error))
        return Lookup::Error;
    if (!query.next())
        return Lookup::NotFound;
    if (out)
        *out = fromRecord(query);
    return Lookup::Found;
}

ProspectRepository::Lookup ProspectRepository::findByEmail(const QString &email, Prospect *out,
                                                           QString *error) const {
    return findBy(QStringLiteral("email"), email, out, error);
}

ProspectRepository::Lookup ProspectRepository::findByLinkedinUrl(const QString &url, Prospect *out,
                                                                 QString *error) const {
    return findBy(QStringLiteral("linkedin_url"), url, out, error);
}

ProspectRepository::Lookup ProspectRepository::findByNameKey(const QString &nameKey, Prospect *out,
                                                             QString *error) const {
    return findBy(QStringLiteral("name_key"), nameKey, out, error);
}

QString ProspectRepository::whereClause(const ProspectFilter &filter, QVariantList *values) const {
    QStringList conditions;
    if (!filter.includeArchived)
        conditions << QStringLiteral("archived = 0");
    const QString match = ftsMatchExpression(filter.search);
    if (!match.isEmpty()) {
        conditions << QStringLiteral(
            "id IN (SELECT rowid FROM prospect_search WHERE prospect_search MATCH ?)");
        *values << match;
    }
    if (!filter.stage.isEmpty()) {
        conditions << QStringLiteral("stage = ?");
        *values << filter.stage;
    }
    if (!filter.tier.isEmpty()) {
        conditions << QStringLiteral("coalesce(tier_override, tier) = ?");
        *values << filter.tier;
    }
    if (filter.minScore >= 0) {
        conditions << QStringLiteral("score >= ?");
        *values << filter.minScore;
    }
    if (!filter.tag.isEmpty()) {
        conditions << QStringLiteral("id IN (SELECT pt.prospect_id FROM prospect_tags pt JOIN tags t ON t.id "
                                     "= pt.tag_id WHERE t.name = ?)");
        *values << filter.tag;
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QList<Prospect> ProspectRepository::list(const ProspectFilter &filter, QString *error) const {
    QVariantList values;
    const QString sql = QStringLiteral("SELECT %1 FROM prospects%2 ORDER BY id LIMIT ? OFFSET ?")
                            .arg(selectColumns(), whereClause(filter, &values));
    values << filter.limit << filter.offset;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QList<Prospect> result;
    if (!exec(query, sql, values, error))
        return result;
    while (query.next())
        result << fromRecord(query);
    return result;
}

qint64 ProspectRepository::count(const ProspectFilter &filter, QString *error) const {
    QVariantList values;
    const QString sql = QStringLiteral("SELECT count(*) FROM prospects%1").arg(whereClause(filter, &values));
    QSqlQuery query(m_database.connection());
    if (!exec(query, sql, values, error) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace prospector::storage
