#pragma once

#include "storage/scopedpragma.h"

#include <QSqlDatabase>

namespace prospector::review {

// Raises the connection's page cache for one large write and puts it back afterwards. A bulk
// action on 100,000 rows dirties pages of every index of prospects; with SQLite's 2 MB default
// most of them spill to the WAL mid-transaction and are read back from it, which costs more than
// the change itself (measured: a third of the CPU of a 100,000-row delete). Shrinking afterwards
// hands the memory back, so the idle app stays small.
class ScopedCacheSize {
public:
    ScopedCacheSize(QSqlDatabase db, int kibibytes);
    ~ScopedCacheSize();
    ScopedCacheSize(const ScopedCacheSize &) = delete;
    ScopedCacheSize &operator=(const ScopedCacheSize &) = delete;

    // Enough for the dirty index pages of a 100,000-row action without spilling most of them.
    static constexpr int kBulkKibibytes = 65536;

private:
    storage::ScopedPragma m_cacheSize;
};

} // namespace prospector::review
