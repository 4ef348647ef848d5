#include "storage/activityrepository.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace prospector::storage {

ActivityRepository::ActivityRepository(const Database &database)
    : m_database(database) {}

qint64 ActivityRepository::add(const Activity &a, QString *error) {
    QSqlQuery query(m_database.connection());
    const QVariant externalId =
        a.externalId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(a.externalId);
    if (!exec(
            query,
            QStringLiteral(
                "INSERT INTO activities (prospect_id, kind, summary, payload_json, external_id, occurred_at) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
            {a.prospectId, a.kind, a.summary,
             QString::fromUtf8(QJsonDocument(a.payload).toJson(QJsonDocument::Compact)), externalId,
             a.occurredAt ? a.occurredAt : QDateTime::currentMSecsSinceEpoch()},
            error))
        return 0;
    return query.numRowsAffected() > 0 ? query.lastInsertId().toLongLong() : 0;
}

QList<Activity> ActivityRepository::forProspect(qint64 prospectId, int limit, QString *error) const {
    QSqlQuery query(m_database.connection());
    QList<Activity> result;
    if (!exec(query,
              QStringLiteral("SELECT id, prospect_id, kind, summary, payload_json, external_id, occurred_at "
                             "FROM activities "
                             "WHERE prospect_id = ? ORDER BY occurred_at DESC, id DESC LIMIT ?"),
              {prospectId, limit}, error))
        return result;
    while (query.next()) {
        Activity a;
        a.id = query.value(0).toLongLong();
        a.prospectId = query.value(1).toLongLong();
        a.kind = query.value(2).toString();
        a.summary = query.value(3).toString();
        a.payload = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
        a.externalId = query.value(5).toString();
        a.occurredAt = query.value(6).toLongLong();
        result << a;
    }
    return result;
}

} // namespace prospector::storage
