#pragma once

#include <QList>
#include <QSet>

namespace prospector::ui {

// Which prospects are selected, by id, so a selection survives scrolling, page eviction and
// reloads. "All" means every row of the current query (minus exceptions) without listing a
// million ids.
class ProspectSelection {
public:
    bool contains(qint64 id) const { return m_all ? !m_except.contains(id) : m_ids.contains(id); }
    bool isAll() const { return m_all; }
    bool isEmpty() const { return !m_all && m_ids.isEmpty(); }
    qint64 count(qint64 total) const { return m_all ? total - m_except.size() : m_ids.size(); }
    // The selected ids when not "all"; the excluded ids when "all".
    QList<qint64> ids() const { return m_ids.values(); }
    QList<qint64> exceptions() const { return m_except.values(); }

    void clear() {
        m_all = false;
        m_ids.clear();
        m_except.clear();
    }
    void selectAll() {
        clear();
        m_all = true;
    }
    void set(qint64 id, bool selected) {
        if (m_all) {
            selected ? void(m_except.remove(id)) : void(m_except.insert(id));
        } else {
            selected ? void(m_ids.insert(id)) : void(m_ids.remove(id));
        }
    }
    void add(const QList<qint64> &ids) {
        for (qint64 id : ids)
            set(id, true);
    }

private:
    bool m_all = false;
    QSet<qint64> m_ids;
    QSet<qint64> m_except;
};

} // namespace prospector::ui
