#include "pagerpagesource.h"

namespace prospector::ui {

PagerPageSource::PagerPageSource(const storage::Database &database)
    : m_database(database)
    , m_pager(database) {}

review::ProspectPage PagerPageSource::fetch(const review::ProspectQuery &query, qint64 offset, int limit,
                                            QString *error) const {
    const QMutexLocker locker(&m_mutex);
    return m_pager.at(query, offset, limit, error);
}

bool PagerPageSource::facets(const review::ProspectQuery &query, review::FacetCounts *counts,
                             QString *error) const {
    return review::FacetCounter(m_database).count(query, counts, error);
}

void PagerPageSource::invalidate() const {
    const QMutexLocker locker(&m_mutex);
    m_pager.invalidate();
}

} // namespace prospector::ui
