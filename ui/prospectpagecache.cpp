#include "prospectpagecache.h"

#include <algorithm>

namespace prospector::ui {

ProspectPageCache::ProspectPageCache(int pageSize, int maxPages)
    : m_pageSize(pageSize)
    , m_maxPages(maxPages) {}

const ProspectRow *ProspectPageCache::row(qint64 row) const {
    const auto it = m_pages.constFind(pageOf(row));
    if (it == m_pages.constEnd())
        return nullptr;
    it->lastUse = ++m_useClock;
    const qint64 inPage = row % m_pageSize;
    return inPage < it->rows.size() ? &it->rows.at(inPage) : nullptr;
}

void ProspectPageCache::insert(int page, QList<ProspectRow> rows) {
    m_pages.insert(page, Page{std::move(rows), ++m_useClock});
    evictLeastRecentlyUsed();
}

QList<int> ProspectPageCache::recentPages(int count) const {
    QList<QPair<quint64, int>> byUse;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        byUse.append({it->lastUse, it.key()});
    std::sort(byUse.begin(), byUse.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QList<int> pages;
    for (qsizetype i = 0; i < byUse.size() && i < count; ++i)
        pages << byUse.at(i).second;
    return pages;
}

void ProspectPageCache::evictLeastRecentlyUsed() {
    while (m_pages.size() > m_maxPages) {
        const auto oldest =
            std::min_element(m_pages.cbegin(), m_pages.cend(),
                             [](const Page &a, const Page &b) { return a.lastUse < b.lastUse; });
        m_pages.erase(oldest);
    }
}

} // namespace prospector::ui
