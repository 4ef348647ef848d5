#pragma once

#include <QVariantList>

namespace prospector::review {

// Where a row sits in a sorted result: the values of its sort expressions (in effectiveSort()
// order, the id excluded) and its id. Keyset pagination continues "after" or "before" a key.
struct RowKey {
    QVariantList values;
    qint64 id = 0;

    bool isValid() const { return id > 0; }
    bool operator==(const RowKey &other) const = default;
};

} // namespace prospector::review
