#pragma once

#include "sync/syncstatus.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QStringList>

namespace prospector::storage {
class Database;
}

namespace prospector::sync {

// Sets of outbox operations someone waits for ("tell me when these are all done or dead"), checked
// against the outbox after every batch. Lives on the engine host's network thread; reads through
// that thread's connection. Only rows still pending are re-read, in chunks of bound ids.
class OperationWatches {
public:
    explicit OperationWatches(const storage::Database &database);

    void add(quint64 ticket, const QList<qint64> &operationIds);
    // Keys that are not in the outbox count as missing at once.
    bool addKeys(quint64 ticket, const QStringList &idempotencyKeys, QString *error = nullptr);
    bool isEmpty() const { return m_watches.isEmpty(); }

    // Re-reads the pending operations; returns (and forgets) the watches that have settled. A read
    // error leaves every watch pending (they are checked again after the next batch).
    QList<QPair<quint64, SettledOperations>> check(QString *error = nullptr);

private:
    struct Watch {
        QSet<qint64> pending;
        SettledOperations result;
    };

    const storage::Database &m_database;
    QHash<quint64, Watch> m_watches;
};

} // namespace prospector::sync
