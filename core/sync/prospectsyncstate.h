#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace prospector::storage {
class Database;
}

namespace prospector::sync {

// Where a prospect's external work stands in the outbox, per service: the table's sync column and
// the detail pane read it (what is already done shows on the prospect itself: HubSpot id,
// lemlist lead id, quality score). Reads only; uses the calling thread's connection.
struct ProspectSyncState {
    struct Service {
        int pending = 0; // queued, in flight or being checked remotely
        int failed = 0;  // dead letters
        QString lastError;
        QString failureKind;
    };
    Service hubspot;
    Service lemlist;
    Service explorium;

    Service &of(const QString &service);
    const Service *find(const QString &service) const;

    // For many prospects at once (a page of the table); prospects with no pending or failed
    // operation are absent from the answer.
    static QHash<qint64, ProspectSyncState> read(const storage::Database &database,
                                                 const QList<qint64> &prospectIds, QString *error = nullptr);
};

// One outbox operation of a prospect, for the detail pane's history.
struct ProspectOperation {
    qint64 id = 0;
    QString service;
    QString kind;
    QString state;
    QString failureKind;
    QString lastError;
    QJsonObject payload;
    QJsonObject result;
    QDateTime updatedAt;

    // Newest first.
    static QList<ProspectOperation> forProspect(const storage::Database &database, qint64 prospectId,
                                                int limit = 50, QString *error = nullptr);
};

} // namespace prospector::sync
