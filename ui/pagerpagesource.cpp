#include "pagerpagesource.h"

namespace prospector::ui {

PagerPageSource::PagerPageSource(const storage::Database &database)
    : m_planner(m_matches)
    , m_counter(database, m_planner)
    , m_pager(database, m_planner) {}

review::ProspectPage PagerPageSource::fetch(const review::ProspectQuery &query, qint64 offset, int limit,
                                            QString *error) const {
    const QMutexLocker locker(&m_mutex);
    return m_pager.at(query, offset, limit, error);
}

bool PagerPageSource::facets(const review::ProspectQuery &query, review::FacetCounts *counts,
                             QString *error) const {
    return m_counter.count(query, counts, error);
}

bool PagerPageSource::boundedCount(const review::ProspectQuery &query, qint64 cap,
                                   review::BoundedCount *count, QString *error) const {
    return m_counter.boundedCount(query, cap, count, error);
}

void PagerPageSource::invalidate() const {
    const QMutexLocker locker(&m_mutex);
    m_pager.invalidate();
}

} // namespace prospector::ui
