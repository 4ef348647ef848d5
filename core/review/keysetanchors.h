#pragma once

#include "review/prospectquery.h"
#include "review/rowkey.h"

#include <QMap>

namespace prospector::review {

// Remembers the RowKey found at known offsets of one query, so "jump to row N" can seek to the
// nearest anchor at or before N and skip only the rows in between. The pager records one every
// `spacing` rows it passes and one at each page it jumps to; a different query (or clear()) drops
// them, and so does growing past `capacity` entries (memory stays bounded).
class KeysetAnchors {
public:
    explicit KeysetAnchors(int spacing = 1000, int capacity = 50000);

    // An anchor at offset N holds the key of row N - 1, so "rows after the key" start at row N.
    // Returns the best anchor offset at or before `offset` for `query` with its key; 0 (the
    // start, invalid key) when none is known.
    qint64 nearest(const ProspectQuery &query, qint64 offset, RowKey *key) const;
    // Records that row `offset - 1` has `key`.
    void remember(const ProspectQuery &query, qint64 offset, const RowKey &key);
    void clear();
    int spacing() const { return m_spacing; }

private:
    int m_spacing;
    int m_capacity;
    ProspectQuery m_query;
    QMap<qint64, RowKey> m_keys; // offset -> key of the row before it
};

} // namespace prospector::review
