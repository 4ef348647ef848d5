#include "storage/scopedpragma.h"

#include <QSqlQuery>

namespace prospector::storage {

ScopedPragma::ScopedPragma(QSqlDatabase db, const QString &name, qint64 value)
    : m_db(std::move(db))
    , m_name(name) {
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA %1").arg(m_name)) && q.next())
        m_previous = q.value(0);
    q.finish();
    q.exec(QStringLiteral("PRAGMA %1 = %2").arg(m_name).arg(value));
}

ScopedPragma::~ScopedPragma() {
    if (!m_previous.isValid())
        return;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA %1 = %2").arg(m_name).arg(m_previous.toLongLong()));
}

} // namespace prospector::storage
