#pragma once

#include "prospectpagesource.h"
#include "review/prospectpager.h"

#include <QMutex>

namespace prospector::storage {
class Database;
}

namespace prospector::ui {

// The table's page source over core's keyset ProspectPager and FacetCounter. The pager keeps
// jump anchors, so calls are serialized; each call runs on the caller's own connection.
class PagerPageSource : public ProspectPageSource {
public:
    explicit PagerPageSource(const storage::Database &database);

    review::ProspectPage fetch(const review::ProspectQuery &query, qint64 offset, int limit,
                               QString *error) const override;
    bool facets(const review::ProspectQuery &query, review::FacetCounts *counts,
                QString *error) const override;
    void invalidate() const override;

private:
    const storage::Database &m_database;
    mutable QMutex m_mutex;
    mutable review::ProspectPager m_pager;
};

} // namespace prospector::ui
