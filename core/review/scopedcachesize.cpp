#include "review/scopedcachesize.h"

#include <QSqlQuery>

namespace prospector::review {

ScopedCacheSize::ScopedCacheSize(QSqlDatabase db, int kibibytes)
    : m_cacheSize(std::move(db), QStringLiteral("cache_size"), -qint64(kibibytes)) {}

ScopedCacheSize::~ScopedCacheSize() {
    // Hand the cache's pages back to the system; m_cacheSize puts the size back right after.
    QSqlQuery(m_cacheSize.connection()).exec(QStringLiteral("PRAGMA shrink_memory"));
}

} // namespace prospector::review
