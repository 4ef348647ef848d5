#include "sync/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace prospector::sync {

Transaction::Transaction(QSqlDatabase connection)
    : m_connection(std::move(connection)) {
    QSqlQuery query(m_connection);
    m_active = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_error = query.lastError().text();
}

Transaction::~Transaction() {
    rollback();
}

bool Transaction::commit() {
    if (!m_active)
        return false;
    QSqlQuery query(m_connection);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        m_error = query.lastError().text();
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback() {
    if (!m_active)
        return;
    QSqlQuery query(m_connection);
    query.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace prospector::sync
