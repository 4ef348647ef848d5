#pragma once

#include <QSqlDatabase>
#include <QString>

namespace prospector::review {

// BEGIN IMMEDIATE ... COMMIT on a connection, rolled back unless committed. IMMEDIATE takes the
// write lock up front, so a read-then-write action cannot fail half-way with SQLITE_BUSY
// (SQLite's plain BEGIN is DEFERRED).
class ImmediateTransaction {
public:
    explicit ImmediateTransaction(QSqlDatabase db);
    ~ImmediateTransaction();
    ImmediateTransaction(const ImmediateTransaction &) = delete;
    ImmediateTransaction &operator=(const ImmediateTransaction &) = delete;

    bool begin(QString *error);
    bool commit(QString *error);
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace prospector::review
