#include "review/keysetanchors.h"

namespace prospector::review {

KeysetAnchors::KeysetAnchors(int spacing, int capacity)
    : m_spacing(std::max(1, spacing))
    , m_capacity(std::max(1, capacity)) {}

qint64 KeysetAnchors::nearest(const ProspectQuery &query, qint64 offset, RowKey *key) const {
    *key = {};
    if (!(query == m_query) || m_keys.isEmpty())
        return 0;
    auto it = m_keys.upperBound(offset); // first anchor after offset
    if (it == m_keys.constBegin())
        return 0;
    --it;
    *key = it.value();
    return it.key();
}

void KeysetAnchors::remember(const ProspectQuery &query, qint64 offset, const RowKey &key) {
    if (offset <= 0 || !key.isValid())
        return;
    if (!(query == m_query) || m_keys.size() >= m_capacity) {
        m_keys.clear();
        m_query = query;
    }
    m_keys.insert(offset, key);
}

void KeysetAnchors::clear() {
    m_keys.clear();
    m_query = {};
}

} // namespace prospector::review
