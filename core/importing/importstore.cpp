#include "importing/importstore.h"

#include <sqlite3.h>

namespace prospector::importing {
namespace {

constexpr const char *kFindColumns =
    "SELECT id, import_id, first_name, last_name, email, linkedin_url, title, company_name, company_domain, "
    "website, phone, city, region, country, industry, company_size, custom_fields, name_key, phone_key "
    "FROM prospects WHERE ";

} // namespace

// Why the import maintains the search index itself: the schema keeps prospect_search in step with
// an AFTER INSERT trigger. Fired by one INSERT per row inside a transaction, it makes SQLite open a
// statement savepoint per row, and FTS5 (3.40) flushes its pending terms to a new segment at every
// savepoint: measured, a third of a large import's time went there. So during a batch the trigger
// is dropped (in the batch's own transaction) and the batch's rows are indexed with one
// INSERT ... SELECT that writes exactly what the trigger writes, then the trigger is re-created
// from its stored definition before COMMIT.
bool ImportStore::prepareSearchDeferral(QString *error) {
    // A bulk load has dropped the trigger for the whole load (BulkLoad): then there is nothing to do
    // per batch.
    m_searchTriggerSql.clear();
    SqliteStatement trigger;
    bool row = false;
    if (!trigger.prepare(m_db,
                         "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = "
                         "'prospects_search_insert'",
                         error) ||
        !trigger.step(&row, error))
        return false;
    if (!row)
        return true; // no trigger, nothing to defer
    m_searchTriggerSql = trigger.text(0).toUtf8();
    // The trigger's own expressions, plus the notes a created prospect already has (the notes
    // trigger found no index row to update while the prospect's row was not indexed yet).
    return m_indexBatch.prepare(
        m_db,
        "INSERT INTO prospect_search (rowid, name, email, company, title, notes) "
        "SELECT p.id, p.first_name || ' ' || p.last_name, coalesce(p.email, ''), p.company_name, p.title, "
        "(SELECT coalesce(group_concat(n.body, ' '), '') FROM notes n WHERE n.prospect_id = p.id) "
        "FROM prospects p WHERE p.import_id = ?1 AND p.id >= ?2",
        error);
}

ImportStore::ImportStore(const QSqlDatabase &connection, qint64 importId)
    : m_db(sqliteHandle(connection))
    , m_importId(importId) {}

ImportStore::~ImportStore() {
    if (m_db && m_savedCacheSize != 0) {
        const QByteArray restore = "PRAGMA cache_size=" + QByteArray::number(m_savedCacheSize);
        sqliteExec(m_db, restore.constData(), nullptr);
    }
}

bool ImportStore::prepare(QString *error, int cacheKiB) {
    if (!m_db) {
        if (error)
            *error = QStringLiteral("The database connection is not SQLite.");
        return false;
    }
    // A million rows touch a dozen indexes at random places; with SQLite's default 2 MB page cache
    // most of the time goes to re-reading index pages (measured: ~3x slower). 40 MB keeps the hot
    // index pages in memory and the whole import under the 150 MB RSS budget.
    SqliteStatement cacheSize;
    bool row = false;
    if (m_savedCacheSize == 0 && cacheSize.prepare(m_db, "PRAGMA cache_size", error) &&
        cacheSize.step(&row, error) && row)
        m_savedCacheSize = cacheSize.integer(0); // the connection's own, restored by the destructor
    const QByteArray cache = "PRAGMA cache_size=-" + QByteArray::number(cacheKiB);
    if (!sqliteExec(m_db, cache.constData(), error))
        return false;
    if (!prepareSearchDeferral(error))
        return false;
    const QByteArray find = kFindColumns;
    return m_insert.prepare(
               m_db,
               "INSERT INTO prospects (first_name, last_name, email, linkedin_url, name_key, title, "
               "company_name, company_domain, website, phone, phone_key, city, region, country, industry, "
               "company_size, source, custom_fields, import_id, created_at, updated_at) VALUES (?1, ?2, ?3, "
               "?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?20)",
               error) &&
           m_findEmail.prepare(m_db, QByteArray(find + "email = ?1 LIMIT 1").constData(), error) &&
           m_findLinkedin.prepare(m_db, QByteArray(find + "linkedin_url = ?1 LIMIT 1").constData(), error) &&
           m_findNameKey.prepare(m_db, QByteArray(find + "name_key = ?1 ORDER BY id LIMIT 1").constData(),
                                 error) &&
           m_fetch.prepare(m_db, QByteArray(find + "id = ?1").constData(), error) &&
           m_recordChange.prepare(
               m_db,
               "INSERT INTO import_changes (import_id, prospect_id, field, old_value, "
               "new_value) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (import_id, prospect_id, "
               "field) DO UPDATE SET new_value = excluded.new_value",
               error) &&
           m_ensureTag.prepare(m_db, "INSERT INTO tags (name) VALUES (?1) ON CONFLICT (name) DO NOTHING",
                               error) &&
           m_findTag.prepare(m_db, "SELECT id FROM tags WHERE name = ?1", error) &&
           m_linkTag.prepare(m_db,
                             "INSERT INTO prospect_tags (prospect_id, tag_id) VALUES (?1, ?2) "
                             "ON CONFLICT DO NOTHING",
                             error) &&
           m_findNote.prepare(m_db, "SELECT 1 FROM notes WHERE prospect_id = ?1 AND body = ?2 LIMIT 1",
                              error) &&
           m_insertNote.prepare(m_db,
                                "INSERT INTO notes (prospect_id, body, created_at, updated_at) "
                                "VALUES (?1, ?2, ?3, ?3)",
                                error) &&
           m_saveCounts.prepare(m_db,
                                "UPDATE imports SET rows_total = ?1, created_count = ?2, updated_count = ?3, "
                                "duplicate_count = ?4, rejected_count = ?5, error_report = ?6 WHERE id = ?7",
                                error);
}

bool ImportStore::begin(QString *error) {
    // IMMEDIATE takes the write lock now, so a batch never fails half-way on a lock upgrade.
    if (!sqliteExec(m_db, "BEGIN IMMEDIATE", error))
        return false;
    m_batchFirstId = 0;
    // See kSearchTrigger: the trigger is dropped inside this transaction only. Other connections
    // never see it missing (they see the schema as committed), and a rollback or a crash restores it.
    if (!m_searchTriggerSql.isEmpty() && !sqliteExec(m_db, "DROP TRIGGER prospects_search_insert", error)) {
        rollback();
        return false;
    }
    return true;
}

bool ImportStore::commit(QString *error) {
    if (!m_searchTriggerSql.isEmpty()) {
        // One statement indexes the whole batch, with the same values the trigger would write.
        if (m_batchFirstId > 0) {
            m_indexBatch.bind(1, m_importId);
            m_indexBatch.bind(2, m_batchFirstId);
            if (!m_indexBatch.exec(error))
                return false;
        }
        if (!sqliteExec(m_db, m_searchTriggerSql.constData(), error))
            return false;
    }
    return sqliteExec(m_db, "COMMIT", error);
}

void ImportStore::rollback() {
    if (!sqlite3_get_autocommit(m_db))
        sqliteExec(m_db, "ROLLBACK", nullptr);
}

EncodedProspect EncodedProspect::from(const ProspectDraft &d, const QString &customFieldsJson) {
    EncodedProspect e;
    const QString *texts[kColumns] = {
        &d.firstName,   &d.lastName,      &d.email,    &d.linkedinUrl, &d.nameKey,  &d.title,
        &d.companyName, &d.companyDomain, &d.website,  &d.phone,       &d.phoneKey, &d.city,
        &d.region,      &d.country,       &d.industry, &d.companySize, &d.source,   &customFieldsJson};
    for (int i = 0; i < kColumns; ++i)
        e.values[size_t(i)] = texts[i]->toUtf8();
    return e;
}

ImportStore::Result ImportStore::insert(const EncodedProspect &p, qint64 now, qint64 *id, QString *error) {
    SqliteStatement &s = m_insert;
    // Columns 3, 4, 5 and 8 (email, LinkedIn URL, name key, company domain) are NULL when empty,
    // so their partial unique indexes ignore them.
    for (int i = 0; i < EncodedProspect::kColumns; ++i) {
        const int column = i + 1;
        const bool nullable = column == 3 || column == 4 || column == 5 || column == 8;
        if (nullable && p.values[size_t(i)].isEmpty())
            s.bindNull(column);
        else
            s.bindUtf8(column, p.values[size_t(i)]);
    }
    s.bind(19, m_importId);
    s.bind(20, now);
    if (!s.exec(error))
        return SqliteStatement::isConstraintViolation(s.lastErrorCode()) ? Result::Constraint : Result::Error;
    *id = sqlite3_last_insert_rowid(m_db);
    if (m_batchFirstId == 0)
        m_batchFirstId = *id;
    return Result::Ok;
}

ImportStore::Result ImportStore::fetch(qint64 id, ExistingProspect *out, QString *error) {
    m_fetch.bind(1, id);
    return read(m_fetch, out, error);
}

ImportStore::Result ImportStore::find(Key key, const QString &value, ExistingProspect *out, QString *error) {
    SqliteStatement &s = key == Key::Email      ? m_findEmail
                         : key == Key::Linkedin ? m_findLinkedin
                                                : m_findNameKey;
    s.bind(1, value);
    return read(s, out, error);
}

ImportStore::Result ImportStore::read(SqliteStatement &s, ExistingProspect *out, QString *error) {
    bool row = false;
    if (!s.step(&row, error))
        return Result::Error;
    if (!row) {
        s.reset();
        return Result::NotFound;
    }
    out->id = s.integer(0);
    out->importId = s.integer(1);
    for (int i = 0; i < MergeColumnCount; ++i)
        out->values[i] = s.text(i + 2);
    s.reset();
    return Result::Ok;
}

bool ImportStore::record(qint64 prospectId, const QString &field, const QString &oldValue, bool oldNull,
                         const QString &newValue, QString *error) {
    SqliteStatement &s = m_recordChange;
    s.bind(1, m_importId);
    s.bind(2, prospectId);
    s.bind(3, field);
    if (oldNull)
        s.bindNull(4);
    else
        s.bind(4, oldValue);
    s.bind(5, newValue);
    return s.exec(error);
}

bool ImportStore::apply(qint64 prospectId, const QList<FieldChange> &changes, bool recordChanges, qint64 now,
                        QString *error) {
    for (const FieldChange &change : changes) {
        std::unique_ptr<SqliteStatement> &update = m_update[change.column];
        if (!update) {
            update = std::make_unique<SqliteStatement>();
            // The column name is one of our MergeColumn constants, never file content.
            const QByteArray sql = "UPDATE prospects SET " + mergeColumnName(change.column).toLatin1() +
                                   " = ?1, updated_at = ?2 WHERE id = ?3";
            if (!update->prepare(m_db, sql.constData(), error))
                return false;
        }
        const bool nullable = isNullableColumn(change.column);
        if (nullable)
            update->bindNullable(1, change.newValue);
        else
            update->bind(1, change.newValue);
        update->bind(2, now);
        update->bind(3, prospectId);
        if (!update->exec(error))
            return false;
        if (recordChanges && !record(prospectId, mergeColumnName(change.column), change.oldValue,
                                     nullable && change.oldValue.isEmpty(), change.newValue, error))
            return false;
    }
    return true;
}

qint64 ImportStore::tagId(const QString &name, QString *error) {
    const QString key = name.toCaseFolded();
    if (const auto it = m_tagIds.constFind(key); it != m_tagIds.constEnd())
        return it.value();
    m_ensureTag.bind(1, name);
    if (!m_ensureTag.exec(error))
        return 0;
    m_findTag.bind(1, name);
    bool row = false;
    if (!m_findTag.step(&row, error) || !row) {
        m_findTag.reset();
        return 0;
    }
    const qint64 id = m_findTag.integer(0);
    m_findTag.reset();
    m_tagIds.insert(key, id);
    return id;
}

bool ImportStore::addTags(qint64 prospectId, const QStringList &tags, bool recordChanges, bool *added,
                          QString *error) {
    for (const QString &tag : tags) {
        const qint64 id = tagId(tag, error);
        if (id == 0)
            return false;
        m_linkTag.bind(1, prospectId);
        m_linkTag.bind(2, id);
        if (!m_linkTag.exec(error))
            return false;
        const bool linked = sqlite3_changes(m_db) == 1;
        if (linked && added)
            *added = true;
        if (recordChanges && linked &&
            !record(prospectId, QStringLiteral("tag:%1").arg(id), QString(), true, tag, error))
            return false;
    }
    return true;
}

bool ImportStore::addNote(qint64 prospectId, const QString &body, bool recordChanges, qint64 now, bool *added,
                          QString *error) {
    // Importing the same file twice must not pile up copies of its notes.
    m_findNote.bind(1, prospectId);
    m_findNote.bind(2, body);
    bool exists = false;
    if (!m_findNote.step(&exists, error))
        return false;
    m_findNote.reset();
    if (exists)
        return true;
    m_insertNote.bind(1, prospectId);
    m_insertNote.bind(2, body);
    m_insertNote.bind(3, now);
    if (!m_insertNote.exec(error))
        return false;
    const qint64 noteId = sqlite3_last_insert_rowid(m_db);
    if (added)
        *added = true;
    return !recordChanges ||
           record(prospectId, QStringLiteral("note:%1").arg(noteId), QString(), true, body, error);
}

bool ImportStore::saveCounts(const ImportCounts &c, const QString &errorReport, QString *error) {
    m_saveCounts.bind(1, c.rows);
    m_saveCounts.bind(2, c.created);
    m_saveCounts.bind(3, c.updated);
    m_saveCounts.bind(4, c.duplicates);
    m_saveCounts.bind(5, c.rejected);
    m_saveCounts.bind(6, errorReport);
    m_saveCounts.bind(7, m_importId);
    return m_saveCounts.exec(error);
}

bool ImportStore::forEachKey(const std::function<void(KeyFilter::Kind, QStringView, qint64)> &visit,
                             QString *error) {
    SqliteStatement scan;
    if (!scan.prepare(m_db, "SELECT email, linkedin_url, name_key, id FROM prospects", error))
        return false;
    for (;;) {
        bool row = false;
        if (!scan.step(&row, error))
            return false;
        if (!row)
            return true;
        const KeyFilter::Kind kinds[] = {KeyFilter::Kind::Email, KeyFilter::Kind::Linkedin,
                                         KeyFilter::Kind::NameKey};
        for (int i = 0; i < 3; ++i) {
            if (!scan.isNull(i))
                visit(kinds[i], scan.text(i), scan.integer(3));
        }
    }
}

qint64 ImportStore::maxProspectId(QString *error) {
    SqliteStatement max;
    bool row = false;
    if (!max.prepare(m_db, "SELECT coalesce(max(id), 0) FROM prospects", error) || !max.step(&row, error) ||
        !row)
        return -1;
    return max.integer(0);
}

qint64 ImportStore::prospectCount(QString *error) {
    SqliteStatement count;
    bool row = false;
    if (!count.prepare(m_db, "SELECT count(*) FROM prospects", error) || !count.step(&row, error) || !row)
        return -1;
    return count.integer(0);
}

} // namespace prospector::importing
