#pragma once

#include <QSqlQuery>
#include <QString>

namespace prospector::storage {

// Prepares and executes a statement with positional bound values. Returns false and fills
// `error` (statement-free, so no user data leaks into messages) when either step fails.
bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values = {}, QString *error = nullptr);

// True when the last error was SQLITE_BUSY / SQLITE_LOCKED: the only errors worth retrying.
bool isBusy(const QSqlError &error);

} // namespace prospector::storage
