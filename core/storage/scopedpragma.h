#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace prospector::storage {

// Sets a numeric PRAGMA of one connection for a scope and puts the connection's own value back
// afterwards (e.g. a larger page cache for one bulk write, no memory map for an import).
class ScopedPragma {
public:
    // `name` and `value` are our own constants, never user text: a pragma value cannot be bound.
    ScopedPragma(QSqlDatabase db, const QString &name, qint64 value);
    ~ScopedPragma();
    ScopedPragma(const ScopedPragma &) = delete;
    ScopedPragma &operator=(const ScopedPragma &) = delete;

    const QSqlDatabase &connection() const { return m_db; }

private:
    QSqlDatabase m_db;
    QString m_name;
    QVariant m_previous; // invalid when it could not be read: nothing to put back
};

} // namespace prospector::storage
