#include "review/scopedcachesize.h"

#include <QSqlQuery>
#include <QVariant>

namespace prospector::review {

ScopedCacheSize::ScopedCacheSize(QSqlDatabase db, int kibibytes)
    : m_db(std::move(db)) {
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
        m_previous = q.value(0);
    q.finish();
    // A pragma value cannot be bound; it is a number of our own, never user text.
    q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(-qint64(kibibytes)));
}

ScopedCacheSize::~ScopedCacheSize() {
    if (!m_previous.isValid())
        return;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous.toLongLong()));
    q.exec(QStringLiteral("PRAGMA shrink_memory"));
}

} // namespace prospector::review
