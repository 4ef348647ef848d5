#include "importing/keyfilter.h"

#include <QHashFunctions>

namespace prospector::importing {

quint32 KeyFilter::hash(Kind kind, QStringView value) {
    // A fixed seed per kind: the same email and URL text never collide across kinds, and the
    // hash is stable within a run whatever QHash's global seed is.
    const quint64 full = quint64(qHash(value, size_t(0x9E3779B97F4A7C15ull) * quint8(kind)));
    const auto h = quint32(full ^ (full >> 32));
    return h == 0 ? 1 : h; // 0 marks an empty slot
}

void KeyFilter::insert(quint32 hash) {
    if ((m_count + 1) * 4 > qsizetype(m_slots.size()) * 3)
        grow();
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        if (m_slots[i] == hash)
            return;
        if (m_slots[i] == 0) {
            m_slots[i] = hash;
            ++m_count;
            return;
        }
    }
}

bool KeyFilter::contains(quint32 hash) const {
    if (m_slots.empty())
        return false;
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        if (m_slots[i] == hash)
            return true;
        if (m_slots[i] == 0)
            return false;
    }
}

void KeyFilter::clear() {
    m_slots.clear();
    m_slots.shrink_to_fit();
    m_count = 0;
}

void KeyFilter::grow() {
    std::vector<quint32> old;
    old.swap(m_slots);
    m_slots.assign(old.empty() ? 1024 : old.size() * 2, 0);
    m_count = 0;
    for (quint32 h : old) {
        if (h != 0)
            insert(h);
    }
}

} // namespace prospector::importing
