#include "storage/importrepository.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace prospector::storage {
namespace {

const QString kColumns = QStringLiteral(
    "id, file_name, file_path, file_size, encoding, delimiter, mapping_name, mapping_json, policy, status, "
    "rows_total, created_count, updated_count, duplicate_count, rejected_count, error_report, error_message, "
    "started_at, finished_at");

ImportRecord fromQuery(const QSqlQuery &q) {
    ImportRecord r;
    int i = 0;
    r.id = q.value(i++).toLongLong();
    r.fileName = q.value(i++).toString();
    r.filePath = q.value(i++).toString();
    r.fileSize = q.value(i++).toLongLong();
    r.encoding = q.value(i++).toString();
    r.delimiter = q.value(i++).toString();
    r.mappingName = q.value(i++).toString();
    r.mappingJson = q.value(i++).toString();
    r.policy = q.value(i++).toString();
    r.status = q.value(i++).toString();
    r.rowsTotal = q.value(i++).toLongLong();
    r.created = q.value(i++).toLongLong();
    r.updated = q.value(i++).toLongLong();
    r.duplicates = q.value(i++).toLongLong();
    r.rejected = q.value(i++).toLongLong();
    r.errorReport = q.value(i++).toString();
    r.errorMessage = q.value(i++).toString();
    r.startedAt = q.value(i++).toLongLong();
    r.finishedAt = q.value(i++).toLongLong();
    return r;
}

} // namespace

ImportRepository::ImportRepository(const Database &database)
    : m_database(database) {}

qint64 ImportRepository::create(const ImportRecord &r, QString *error) {
    QSqlQuery query(m_database.connection());
    const qint64 started = r.startedAt ? r.startedAt : QDateTime::currentMSecsSinceEpoch();
    if (!exec(query,
              QStringLiteral(
                  "INSERT INTO imports (file_name, file_path, file_size, encoding, delimiter, mapping_name, "
                  "mapping_json, policy, status, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {r.fileName, r.filePath, r.fileSize, r.encoding, r.delimiter, r.mappingName, r.mappingJson,
               r.policy, r.status, started},
              error))
        return 0;
    return query.lastInsertId().toLongLong();
}

bool ImportRepository::update(const ImportRecord &r, QString *error) {
    QSqlQuery query(m_database.connection());
    return exec(
        query,
        QStringLiteral("UPDATE imports SET encoding = ?, delimiter = ?, mapping_name = ?, mapping_json = ?, "
                       "policy = ?, status = ?, rows_total = ?, created_count = ?, updated_count = ?, "
                       "duplicate_count = ?, rejected_count = ?, error_report = ?, error_message = ?, "
                       "finished_at = ? WHERE id = ?"),
        {r.encoding, r.delimiter, r.mappingName, r.mappingJson, r.policy, r.status, r.rowsTotal, r.created,
         r.updated, r.duplicates, r.rejected, r.errorReport, r.errorMessage,
         r.finishedAt ? QVariant(r.finishedAt) : QVariant(QMetaType(QMetaType::LongLong)), r.id},
        error);
}

std::optional<ImportRecord> ImportRepository::get(qint64 id, QString *error) const {
    QSqlQuery query(m_database.connection());
    if (!exec(query, QStringLiteral("SELECT %1 FROM imports WHERE id = ?").arg(kColumns), {id}, error) ||
        !query.next())
        return std::nullopt;
    return fromQuery(query);
}

QList<ImportRecord> ImportRepository::list(int limit, QString *error) const {
    QSqlQuery query(m_database.connection());
    QList<ImportRecord> result;
    if (!exec(query, QStringLiteral("SELECT %1 FROM imports ORDER BY id DESC LIMIT ?").arg(kColumns), {limit},
              error))
        return result;
    while (query.next())
        result << fromQuery(query);
    return result;
}

} // namespace prospector::storage
