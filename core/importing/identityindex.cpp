#include "importing/identityindex.h"

namespace prospector::importing {

void IdentityIndex::reserve(qsizetype keys) {
    // Load factor at most 0.7: linear probing stays short.
    const size_t wanted = size_t(keys) * 10 / 7 + 16;
    if (wanted > m_slots.size())
        rehash(wanted);
}

void IdentityIndex::insert(quint32 fingerprint, quint32 id) {
    if (size_t(m_count + 1) * 10 > m_slots.size() * 7)
        rehash(m_slots.empty() ? 1024 : m_slots.size() * 3 / 2);
    for (size_t i = home(fingerprint);; i = next(i)) {
        Entry &slot = m_slots[i];
        if (slot.fingerprint == fingerprint && slot.id == id)
            return;
        if (slot.fingerprint == 0) {
            slot = {fingerprint, id};
            ++m_count;
            return;
        }
    }
}

void IdentityIndex::clear() {
    m_slots.clear();
    m_slots.shrink_to_fit();
    m_count = 0;
}

void IdentityIndex::rehash(size_t slots) {
    std::vector<Entry> old(slots);
    old.swap(m_slots);
    m_count = 0;
    for (const Entry &entry : old) {
        if (entry.fingerprint != 0)
            insert(entry.fingerprint, entry.id);
    }
}

} // namespace prospector::importing
