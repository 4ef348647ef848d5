#include "sync/deadletterlist.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace prospector::sync {

QList<DeadLetter> DeadLetter::list(const storage::Database &database, int limit, QString *error) {
    QList<DeadLetter> letters;
    QSqlQuery query(database.connection());
    if (!storage::exec(
            query,
            QStringLiteral("SELECT o.id, o.service, o.kind, o.failure_kind, o.last_error, o.attempts, "
                           "o.updated_at, o.payload_json, p.id, p.first_name, p.last_name, p.email, "
                           "p.title, p.company_name, p.phone "
                           "FROM outbox o LEFT JOIN prospects p ON p.id = o.prospect_id "
                           "WHERE o.state = 'dead' ORDER BY o.updated_at DESC, o.id DESC LIMIT ?"),
            {limit}, error))
        return letters;
    while (query.next()) {
        DeadLetter d;
        d.id = query.value(0).toLongLong();
        d.service = query.value(1).toString();
        d.kind = query.value(2).toString();
        d.failureKind = query.value(3).toString();
        d.lastError = query.value(4).toString();
        d.attempts = query.value(5).toInt();
        d.failedAt = QDateTime::fromMSecsSinceEpoch(query.value(6).toLongLong());
        d.payload = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
        d.prospectId = query.value(8).toLongLong();
        d.firstName = query.value(9).toString();
        d.lastName = query.value(10).toString();
        d.email = query.value(11).toString();
        d.title = query.value(12).toString();
        d.companyName = query.value(13).toString();
        d.phone = query.value(14).toString();
        if (d.email.isEmpty())
            d.email = d.payload.value(QStringLiteral("email")).toString();
        letters << d;
    }
    return letters;
}

} // namespace prospector::sync
