#pragma once

#include <QSqlDatabase>
#include <QString>

namespace prospector::sync {

// A write transaction on one connection (BEGIN IMMEDIATE, so the write lock is taken up front
// and a busy database fails here rather than half-way). Rolls back unless commit() succeeded.
// APIs that must run inside the caller's transaction take a Transaction& as proof that one is open.
class Transaction {
public:
    explicit Transaction(QSqlDatabase connection);
    ~Transaction();

    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    QSqlDatabase &connection() { return m_connection; }

    bool commit();
    void rollback();

private:
    QSqlDatabase m_connection;
    bool m_active = false;
    QString m_error;
};

} // namespace prospector::sync
