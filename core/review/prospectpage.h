#pragma once

#include "review/rowkey.h"
#include "storage/prospect.h"

#include <QList>
#include <QStringList>

namespace prospector::review {

// One page of the prospects view, in display order. `keys[i]` and `tags[i]` belong to `rows[i]`.
struct ProspectPage {
    QList<storage::Prospect> rows;
    QList<RowKey> keys;
    QList<QStringList> tags;
    bool atStart = false; // no row before the first one
    bool atEnd = false;   // no row after the last one
    qint64 offset = -1;   // position of the first row in the result when known (first(), at())

    bool isEmpty() const { return rows.isEmpty(); }
    RowKey firstKey() const { return keys.isEmpty() ? RowKey{} : keys.constFirst(); }
    RowKey lastKey() const { return keys.isEmpty() ? RowKey{} : keys.constLast(); }
};

} // namespace prospector::review
