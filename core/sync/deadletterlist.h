#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace prospector::storage {
class Database;
}

namespace prospector::sync {

// A dead letter as the Problems page lists it: the operation, why it failed, and who it was for
// (the prospect's current name and contact fields, which an edit-and-retry starts from).
struct DeadLetter {
    qint64 id = 0;
    QString service;
    QString kind;
    QString failureKind; // validation | auth | permission | not_found | exhausted | suppressed | ...
    QString lastError;   // the service's own words (developer-facing, already redacted of tokens)
    int attempts = 0;
    QDateTime failedAt;
    QJsonObject payload;
    qint64 prospectId = 0; // 0 when the prospect was deleted since
    QString firstName;
    QString lastName;
    QString email; // the prospect's, else the payload's
    QString title;
    QString companyName;
    QString phone;

    // Newest first; reads through the calling thread's connection.
    static QList<DeadLetter> list(const storage::Database &database, int limit = 500,
                                  QString *error = nullptr);
};

} // namespace prospector::sync
