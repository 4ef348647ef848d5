#pragma once

#include "importing/keyfilter.h"
#include "importing/mergeplan.h"
#include "importing/prospectdraft.h"
#include "importing/sqlitestatement.h"

#include <QHash>
#include <QSqlDatabase>
#include <functional>
#include <memory>

namespace prospector::importing {

// Counts of an import, as the import record keeps them.
struct ImportCounts {
    qint64 rows = 0;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 duplicates = 0;
    qint64 rejected = 0;
};

// A new prospect's values in the order ImportStore::insert binds them, as UTF-8: encoded on the
// reading thread (RowSource), so the storing thread, the busier of the two, binds them as they are
// instead of having SQLite convert UTF-16. Empty identity values are stored as NULL.
struct EncodedProspect {
    static constexpr int kColumns = 18;
    std::array<QByteArray, kColumns> values;
    static EncodedProspect from(const ProspectDraft &draft, const QString &customFieldsJson);
};

// The writes of one import, on the import thread's connection, with statements prepared once.
// Every statement binds its values; column names come only from our own constants.
class ImportStore {
public:
    enum class Result { Ok, NotFound, Constraint, Error };

    ImportStore(const QSqlDatabase &connection, qint64 importId);
    ~ImportStore();

    // Prepares the statements and enlarges the connection's page cache for the import to
    // `cacheKiB` (the destructor restores it). May be called again to change the cache size.
    bool prepare(QString *error, int cacheKiB = 40960);
    bool begin(QString *error);
    bool commit(QString *error);
    void rollback();

    Result insert(const EncodedProspect &prospect, qint64 now, qint64 *id, QString *error);
    enum class Key { Email, Linkedin, NameKey };
    Result find(Key key, const QString &value, ExistingProspect *out, QString *error);
    // The prospect with this id (a row lookup: needs no index but the table's own).
    Result fetch(qint64 id, ExistingProspect *out, QString *error);
    // Applies a merge; `record` adds each change to import_changes so Undo can revert it.
    bool apply(qint64 prospectId, const QList<FieldChange> &changes, bool record, qint64 now, QString *error);
    // `added` (optional) tells whether anything new was attached.
    bool addTags(qint64 prospectId, const QStringList &tags, bool record, bool *added, QString *error);
    bool addNote(qint64 prospectId, const QString &body, bool record, qint64 now, bool *added,
                 QString *error);
    bool saveCounts(const ImportCounts &counts, const QString &errorReport, QString *error);

    // Calls `visit` with every identity key already stored and the prospect holding it.
    bool forEachKey(const std::function<void(KeyFilter::Kind, QStringView, qint64)> &visit, QString *error);
    qint64 prospectCount(QString *error);
    qint64 maxProspectId(QString *error);

private:
    bool prepareSearchDeferral(QString *error);
    Result read(SqliteStatement &statement, ExistingProspect *out, QString *error);
    bool record(qint64 prospectId, const QString &field, const QString &oldValue, bool oldNull,
                const QString &newValue, QString *error);
    qint64 tagId(const QString &name, QString *error);

    sqlite3 *m_db;
    qint64 m_importId;
    qint64 m_savedCacheSize = 0;
    QByteArray m_searchTriggerSql; // empty: the schema has no search trigger to defer
    SqliteStatement m_indexBatch;
    qint64 m_batchFirstId = 0; // first prospect created in the current batch
    SqliteStatement m_insert;
    SqliteStatement m_findEmail;
    SqliteStatement m_findLinkedin;
    SqliteStatement m_findNameKey;
    SqliteStatement m_fetch;
    SqliteStatement m_recordChange;
    SqliteStatement m_ensureTag;
    SqliteStatement m_findTag;
    SqliteStatement m_linkTag;
    SqliteStatement m_findNote;
    SqliteStatement m_insertNote;
    SqliteStatement m_saveCounts;
    std::array<std::unique_ptr<SqliteStatement>, MergeColumnCount> m_update;
    QHash<QString, qint64> m_tagIds; // case-folded name -> id
};

} // namespace prospector::importing
