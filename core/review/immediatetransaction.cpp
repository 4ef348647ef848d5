#include "review/immediatetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace prospector::review {

ImmediateTransaction::ImmediateTransaction(QSqlDatabase db)
    : m_db(std::move(db)) {}

ImmediateTransaction::~ImmediateTransaction() {
    rollback();
}

bool ImmediateTransaction::begin(QString *error) {
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    m_open = true;
    return true;
}

bool ImmediateTransaction::commit(QString *error) {
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        if (error)
            *error = q.lastError().text();
        rollback();
        return false;
    }
    m_open = false;
    return true;
}

void ImmediateTransaction::rollback() {
    if (!m_open)
        return;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
    m_open = false;
}

} // namespace prospector::review
