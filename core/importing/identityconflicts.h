#pragma once

#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace prospector::importing {

// Two prospects with the same email (or LinkedIn URL) can only appear while a bulk import has the
// unique indexes dropped: a rep's edit or another process can store a key the import stores too,
// and the import's in-memory check cannot see what others write. Before such an index comes back,
// each clash is settled the way the import would have settled it had the other write come first:
// the prospect the import created is merged into the other one with the import's policy (fields,
// custom fields, tags, notes; every change recorded so Undo import reverts it) and removed, and
// the import's counts move it from "created" to "updated" or "duplicate". Two prospects that no
// bulk import created are not ours to merge: resolve() reports them and changes nothing.
class IdentityConflicts {
public:
    explicit IdentityConflicts(QSqlDatabase db);

    // The identity column a UNIQUE index definition covers ("email", "linkedin_url"), or empty
    // when it is not one this class can settle.
    static QString identityColumn(const QString &indexSql);

    // Settles every clash on `column` in one transaction. `mergeable`: imports whose prospects
    // may be merged away. `merged` counts the prospects removed.
    bool resolve(const QString &column, const QSet<qint64> &mergeable, int *merged, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace prospector::importing
