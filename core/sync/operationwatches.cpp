#include "sync/operationwatches.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QSqlQuery>

namespace prospector::sync {
namespace {

constexpr qsizetype kChunk = 500;

QString placeholders(qsizetype count) {
    QString text;
    text.reserve(count * 2);
    for (qsizetype i = 0; i < count; ++i)
        text += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    return text;
}

} // namespace

OperationWatches::OperationWatches(const storage::Database &database)
    : m_database(database) {}

void OperationWatches::add(quint64 ticket, const QList<qint64> &operationIds) {
    Watch &watch = m_watches[ticket];
    for (qint64 id : operationIds)
        watch.pending.insert(id);
}

bool OperationWatches::addKeys(quint64 ticket, const QStringList &idempotencyKeys, QString *error) {
    QList<qint64> ids;
    QSet<QString> found;
    QSqlQuery query(m_database.connection());
    for (qsizetype from = 0; from < idempotencyKeys.size(); from += kChunk) {
        const QStringList chunk = idempotencyKeys.mid(from, kChunk);
        QVariantList values;
        for (const QString &key : chunk)
            values << key;
        // Only placeholders are built here; the keys travel as bound values.
        if (!storage::exec(
                query,
                QLatin1String("SELECT id, idempotency_key FROM outbox WHERE idempotency_key IN (") +
                    placeholders(chunk.size()) + QLatin1Char(')'),
                values, error))
            return false;
        while (query.next()) {
            ids << query.value(0).toLongLong();
            found.insert(query.value(1).toString());
        }
    }
    Watch &watch = m_watches[ticket];
    for (const QString &key : idempotencyKeys)
        if (!found.contains(key))
            ++watch.result.missing;
    for (qint64 id : std::as_const(ids))
        watch.pending.insert(id);
    return true;
}

QList<QPair<quint64, SettledOperations>> OperationWatches::check(QString *error) {
    QList<QPair<quint64, SettledOperations>> settled;
    QSqlQuery query(m_database.connection());
    for (auto it = m_watches.begin(); it != m_watches.end();) {
        Watch &watch = it.value();
        const QList<qint64> pending(watch.pending.cbegin(), watch.pending.cend());
        QHash<qint64, QString> states;
        bool ok = true;
        for (qsizetype from = 0; ok && from < pending.size(); from += kChunk) {
            const QList<qint64> chunk = pending.mid(from, kChunk);
            QVariantList values;
            for (qint64 id : chunk)
                values << id;
            ok = storage::exec(query,
                               QLatin1String("SELECT id, state FROM outbox WHERE id IN (") +
                                   placeholders(chunk.size()) + QLatin1Char(')'),
                               values, error);
            while (ok && query.next())
                states.insert(query.value(0).toLongLong(), query.value(1).toString());
        }
        if (!ok) {
            ++it;
            continue;
        }
        for (qint64 id : pending) {
            const auto found = states.constFind(id);
            if (found == states.cend()) {
                ++watch.result.missing;
            } else if (*found == QLatin1String("done")) {
                ++watch.result.done;
            } else if (*found == QLatin1String("dead")) {
                ++watch.result.dead;
                watch.result.deadIds << id;
            } else {
                continue;
            }
            watch.pending.remove(id);
        }
        if (watch.pending.isEmpty()) {
            settled.append({it.key(), watch.result});
            it = m_watches.erase(it);
        } else {
            ++it;
        }
    }
    return settled;
}

} // namespace prospector::sync
