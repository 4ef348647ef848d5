#pragma once

#include "storage/prospect.h"
#include "sync/prospectsyncstate.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace prospector::ui {

// A row of the table: the prospect, its tags, and its pending or failed external work (filled
// by the table's row decorator when one is set).
struct ProspectRow {
    storage::Prospect prospect;
    QStringList tags;
    sync::ProspectSyncState sync;
};

// The pages of the prospects table that are in memory: a window around what the rep looks at.
// When full, the least recently read page is dropped, so scrolling through a million rows keeps
// memory flat while the pages on screen (read on every repaint) stay.
class ProspectPageCache {
public:
    ProspectPageCache(int pageSize, int maxPages);

    int pageSize() const { return m_pageSize; }
    int pageOf(qint64 row) const { return static_cast<int>(row / m_pageSize); }
    const ProspectRow *row(qint64 row) const;
    bool hasPage(int page) const { return m_pages.contains(page); }
    int pageCount() const { return static_cast<int>(m_pages.size()); }
    QList<int> pages() const { return m_pages.keys(); }
    // The `count` pages read most recently (those on screen), most recent first.
    QList<int> recentPages(int count) const;

    void insert(int page, QList<ProspectRow> rows);
    void clear() { m_pages.clear(); }

private:
    struct Page {
        QList<ProspectRow> rows;
        mutable quint64 lastUse = 0;
    };
    void evictLeastRecentlyUsed();

    int m_pageSize;
    int m_maxPages;
    QHash<int, Page> m_pages;
    mutable quint64 m_useClock = 0;
};

} // namespace prospector::ui
