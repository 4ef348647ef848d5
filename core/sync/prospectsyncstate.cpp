#include "sync/prospectsyncstate.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace prospector::sync {

ProspectSyncState::Service &ProspectSyncState::of(const QString &service) {
    if (service == QLatin1String("lemlist"))
        return lemlist;
    if (service == QLatin1String("explorium"))
        return explorium;
    return hubspot;
}

const ProspectSyncState::Service *ProspectSyncState::find(const QString &service) const {
    if (service == QLatin1String("hubspot"))
        return &hubspot;
    if (service == QLatin1String("lemlist"))
        return &lemlist;
    if (service == QLatin1String("explorium"))
        return &explorium;
    return nullptr;
}

QHash<qint64, ProspectSyncState> ProspectSyncState::read(const storage::Database &database,
                                                         const QList<qint64> &prospectIds, QString *error) {
    QHash<qint64, ProspectSyncState> states;
    if (prospectIds.isEmpty())
        return states;
    QString marks;
    QVariantList values;
    for (qint64 id : prospectIds) {
        marks += marks.isEmpty() ? QStringLiteral("?") : QStringLiteral(",?");
        values << id;
    }
    QSqlQuery query(database.connection());
    // outbox_prospect makes this a handful of index probes per row; done rows are not read.
    if (!storage::exec(
            query,
            QLatin1String("SELECT prospect_id, service, state, last_error, failure_kind FROM outbox "
                          "WHERE prospect_id IN (") +
                marks +
                QLatin1String(") AND state IN ('queued', 'in_flight', 'unknown', 'dead') "
                              "ORDER BY updated_at"),
            values, error))
        return states;
    while (query.next()) {
        Service &service = states[query.value(0).toLongLong()].of(query.value(1).toString());
        if (query.value(2).toString() == QLatin1String("dead")) {
            ++service.failed;
            service.failureKind = query.value(4).toString();
        } else {
            ++service.pending;
        }
        if (!query.value(3).toString().isEmpty())
            service.lastError = query.value(3).toString();
    }
    return states;
}

QList<ProspectOperation> ProspectOperation::forProspect(const storage::Database &database, qint64 prospectId,
                                                        int limit, QString *error) {
    QList<ProspectOperation> operations;
    QSqlQuery query(database.connection());
    if (!storage::exec(
            query,
            QStringLiteral("SELECT id, service, kind, state, failure_kind, last_error, payload_json, "
                           "result_json, updated_at FROM outbox WHERE prospect_id = ? "
                           "ORDER BY updated_at DESC, id DESC LIMIT ?"),
            {prospectId, limit}, error))
        return operations;
    while (query.next()) {
        ProspectOperation op;
        op.id = query.value(0).toLongLong();
        op.service = query.value(1).toString();
        op.kind = query.value(2).toString();
        op.state = query.value(3).toString();
        op.failureKind = query.value(4).toString();
        op.lastError = query.value(5).toString();
        op.payload = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
        op.result = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
        op.updatedAt = QDateTime::fromMSecsSinceEpoch(query.value(8).toLongLong());
        operations << op;
    }
    return operations;
}

} // namespace prospector::sync
