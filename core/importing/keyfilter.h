#pragma once

#include <QStringView>
#include <vector>

namespace prospector::importing {

// A compact set of 64-bit hashes of identity keys (email, LinkedIn URL, name key) that the
// database or this file already holds. "Not in the set" is certain, so most rows skip the three
// duplicate lookups; "in the set" may be a hash collision and is always confirmed in the database.
// An open-addressing table of 32-bit fingerprints: ~5 bytes per key instead of a QSet<QString>'s
// ~100, so a million-row import stays well under the memory budget. With 3 million keys a new key
// collides with probability ~0.07 %, which costs one confirming database lookup, nothing else.
class KeyFilter {
public:
    enum class Kind : quint8 { Email = 1, Linkedin = 2, NameKey = 3 };

    static quint32 hash(Kind kind, QStringView value);

    void insert(quint32 hash);
    bool contains(quint32 hash) const;
    qsizetype size() const { return m_count; }
    void clear();

private:
    void grow();

    std::vector<quint32> m_slots;
    qsizetype m_count = 0;
};

} // namespace prospector::importing
