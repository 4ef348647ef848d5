#pragma once

#include <QtGlobal>
#include <vector>

namespace prospector::importing {

// The identity keys (email, LinkedIn URL, name key) of every prospect, in memory, for a bulk load:
// while the database's indexes are dropped, a duplicate check cannot ask SQLite "who has this
// email?" without scanning the table. Each entry maps a 32-bit fingerprint of a key (KeyFilter::hash)
// to the id of a prospect that held that key. A hit is only a candidate: the caller reads that
// prospect by id and compares the stored key, so fingerprint collisions and stale entries (a key
// changed since) never cause a wrong match, and since every stored key was entered, a key that
// exists is always found. 8 bytes per entry, at most 70 % full: a million prospects (about three
// keys each) take ~35 MB.
class IdentityIndex {
public:
    // Sizes the table for `keys` entries at once, so it does not grow (and briefly double) later.
    void reserve(qsizetype keys);
    void insert(quint32 fingerprint, quint32 id);
    // Every id entered with `fingerprint`, in no particular order.
    template <typename Visit>
    void forEachCandidate(quint32 fingerprint, Visit &&visit) const {
        if (m_slots.empty())
            return;
        for (size_t i = home(fingerprint); m_slots[i].fingerprint != 0; i = next(i)) {
            if (m_slots[i].fingerprint == fingerprint)
                visit(m_slots[i].id);
        }
    }
    qsizetype size() const { return m_count; }
    void clear();

private:
    struct Entry {
        quint32 fingerprint = 0; // 0: empty slot (KeyFilter::hash never returns 0)
        quint32 id = 0;
    };
    void rehash(size_t slots);
    // Any table size, not only powers of two (which could nearly double the memory): the slot is
    // the fingerprint scaled to the table (fingerprints are uniform 32-bit hashes).
    size_t home(quint32 fingerprint) const { return size_t((quint64(fingerprint) * m_slots.size()) >> 32); }
    size_t next(size_t i) const { return i + 1 == m_slots.size() ? 0 : i + 1; }

    std::vector<Entry> m_slots;
    qsizetype m_count = 0;
};

} // namespace prospector::importing
