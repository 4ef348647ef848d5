#include "importing/identityconflicts.h"

#include "importing/importlogging.h"
#include "importing/importstore.h"
#include "importing/mergeplan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <map>
#include <memory>

namespace prospector::importing {
namespace {

struct Member {
    qint64 id = 0;
    qint64 importId = 0;
};

ProspectDraft draftOf(const ExistingProspect &row) {
    ProspectDraft d;
    d.firstName = row.values[FirstName];
    d.lastName = row.values[LastName];
    d.email = row.values[Email];
    d.linkedinUrl = row.values[LinkedinUrl];
    d.title = row.values[Title];
    d.companyName = row.values[CompanyName];
    d.companyDomain = row.values[CompanyDomain];
    d.website = row.values[Website];
    d.phone = row.values[Phone];
    d.city = row.values[City];
    d.region = row.values[Region];
    d.country = row.values[Country];
    d.industry = row.values[Industry];
    d.companySize = row.values[CompanySize];
    d.nameKey = row.values[NameKey];
    d.phoneKey = row.values[PhoneKey];
    const QJsonObject custom = QJsonDocument::fromJson(row.values[CustomFields].toUtf8()).object();
    for (auto it = custom.constBegin(); it != custom.constEnd(); ++it)
        d.customFields.append({it.key(), it.value().toString()});
    return d;
}

class Merger {
public:
    Merger(QSqlDatabase db, sqlite3 *handle)
        : m_db(std::move(db))
        , m_handle(handle) {}

    // Moves prospect `from` (created by a bulk import) into `into`, then removes it.
    bool merge(const Member &from, const Member &into, QString *error) {
        ImportStore *store = storeFor(from.importId, error);
        if (!store)
            return false;
        ExistingProspect row;
        ExistingProspect keeper;
        if (store->fetch(from.id, &row, error) != ImportStore::Result::Ok ||
            store->fetch(into.id, &keeper, error) != ImportStore::Result::Ok)
            return false;
        DedupPolicy policy = DedupPolicy::Fill;
        QStringList tags;
        QStringList notes;
        if (!readPolicy(from.importId, &policy, error) || !readTexts(m_tags, from.id, &tags, error) ||
            !readTexts(m_notes, from.id, &notes, error))
            return false;
        // Gone first: its identity values may move to the keeper, and may be unique by then.
        m_delete.bind(1, from.id);
        if (!m_delete.exec(error))
            return false;
        const bool sameImport = keeper.importId == from.importId;
        bool changed = false;
        if (policy != DedupPolicy::Skip) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            QList<FieldChange> changes = planMerge(keeper, draftOf(row), policy);
            if (!dropTakenIdentities(keeper.id, changes, error))
                return false;
            bool tagged = false;
            bool noted = false;
            if (!store->apply(keeper.id, changes, !sameImport, now, error) ||
                (!tags.isEmpty() && !store->addTags(keeper.id, tags, !sameImport, &tagged, error)))
                return false;
            for (const QString &note : std::as_const(notes)) {
                bool added = false;
                if (!store->addNote(keeper.id, note, !sameImport, now, &added, error))
                    return false;
                noted = noted || added;
            }
            changed = !changes.isEmpty() || tagged || noted;
        }
        const bool updated = changed && !sameImport;
        m_recount.bind(1, updated ? 1 : 0);
        m_recount.bind(2, updated ? 0 : 1);
        m_recount.bind(3, from.importId);
        return m_recount.exec(error);
    }

    bool prepare(QString *error) {
        return m_policy.prepare(m_handle, "SELECT policy FROM imports WHERE id = ?1", error) &&
               m_tags.prepare(m_handle,
                              "SELECT t.name FROM prospect_tags pt JOIN tags t ON t.id = pt.tag_id "
                              "WHERE pt.prospect_id = ?1 ORDER BY t.id",
                              error) &&
               m_notes.prepare(m_handle, "SELECT body FROM notes WHERE prospect_id = ?1 ORDER BY id",
                               error) &&
               m_delete.prepare(m_handle, "DELETE FROM prospects WHERE id = ?1", error) &&
               m_emailOwner.prepare(m_handle, "SELECT 1 FROM prospects WHERE email = ?1 AND id != ?2 LIMIT 1",
                                    error) &&
               m_linkedinOwner.prepare(
                   m_handle, "SELECT 1 FROM prospects WHERE linkedin_url = ?1 AND id != ?2 LIMIT 1", error) &&
               m_recount.prepare(m_handle,
                                 "UPDATE imports SET created_count = created_count - 1, updated_count = "
                                 "updated_count + ?1, duplicate_count = duplicate_count + ?2 WHERE id = ?3",
                                 error);
    }

private:
    ImportStore *storeFor(qint64 importId, QString *error) {
        std::unique_ptr<ImportStore> &store = m_stores[importId];
        if (!store) {
            store = std::make_unique<ImportStore>(m_db, importId);
            if (!store->prepare(error)) {
                store.reset();
                return nullptr;
            }
        }
        return store.get();
    }

    bool readPolicy(qint64 importId, DedupPolicy *policy, QString *error) {
        m_policy.bind(1, importId);
        bool row = false;
        if (!m_policy.step(&row, error))
            return false;
        if (row)
            *policy = policyFromKey(m_policy.text(0)).value_or(DedupPolicy::Fill);
        m_policy.reset();
        return true;
    }

    static bool readTexts(SqliteStatement &statement, qint64 id, QStringList *out, QString *error) {
        statement.bind(1, id);
        for (;;) {
            bool row = false;
            if (!statement.step(&row, error))
                return false;
            if (!row)
                break;
            out->append(statement.text(0));
        }
        statement.reset();
        return true;
    }

    // As during the import: an identity another prospect holds is not taken from it.
    bool dropTakenIdentities(qint64 keeperId, QList<FieldChange> &changes, QString *error) {
        for (qsizetype i = changes.size() - 1; i >= 0; --i) {
            const FieldChange &change = changes.at(i);
            if (change.column != Email && change.column != LinkedinUrl)
                continue;
            SqliteStatement &owner = change.column == Email ? m_emailOwner : m_linkedinOwner;
            owner.bind(1, change.newValue);
            owner.bind(2, keeperId);
            bool taken = false;
            if (!owner.step(&taken, error))
                return false;
            owner.reset();
            if (taken)
                changes.removeAt(i);
        }
        return true;
    }

    QSqlDatabase m_db;
    sqlite3 *m_handle;
    std::map<qint64, std::unique_ptr<ImportStore>> m_stores;
    SqliteStatement m_policy;
    SqliteStatement m_tags;
    SqliteStatement m_notes;
    SqliteStatement m_delete;
    SqliteStatement m_emailOwner;
    SqliteStatement m_linkedinOwner;
    SqliteStatement m_recount;
};

} // namespace

IdentityConflicts::IdentityConflicts(QSqlDatabase db)
    : m_db(std::move(db)) {}

QString IdentityConflicts::identityColumn(const QString &indexSql) {
    static const QRegularExpression on(QStringLiteral(R"re(\bON\s+"?prospects"?\s*\(\s*"?(\w+)"?\s*\))re"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = on.match(indexSql);
    const QString column = match.hasMatch() ? match.captured(1).toLower() : QString();
    return column == QStringLiteral("email") || column == QStringLiteral("linkedin_url") ? column : QString();
}

bool IdentityConflicts::resolve(const QString &column, const QSet<qint64> &mergeable, int *merged,
                                QString *error) {
    if (merged)
        *merged = 0;
    sqlite3 *handle = sqliteHandle(m_db);
    if (identityColumn(QStringLiteral("ON prospects(%1)").arg(column)).isEmpty() || !handle) {
        if (error)
            *error = QStringLiteral("no identity column %1").arg(column);
        return false;
    }
    // `column` is one of our two constants (checked above), never file content.
    const QByteArray c = column.toLatin1();
    const QByteArray sql = "SELECT " + c + ", id, coalesce(import_id, 0) FROM prospects WHERE " + c +
                           " IN (SELECT " + c + " FROM prospects WHERE " + c + " IS NOT NULL GROUP BY " + c +
                           " HAVING count(*) > 1) ORDER BY " + c + ", id";
    if (!sqliteExec(handle, "BEGIN IMMEDIATE", error))
        return false;
    auto fail = [&] {
        sqliteExec(handle, "ROLLBACK", nullptr);
        return false;
    };
    Merger merger(m_db, handle);
    SqliteStatement groups;
    if (!merger.prepare(error) || !groups.prepare(handle, sql.constData(), error))
        return fail();
    QList<std::pair<QString, Member>> rows;
    for (;;) {
        bool row = false;
        if (!groups.step(&row, error))
            return fail();
        if (!row)
            break;
        rows.append({groups.text(0), {groups.integer(1), groups.integer(2)}});
    }
    groups.reset();

    for (qsizetype begin = 0; begin < rows.size();) {
        qsizetype end = begin;
        while (end < rows.size() && rows.at(end).first == rows.at(begin).first)
            ++end;
        // The keeper is the oldest prospect no bulk import created, else the oldest one.
        qsizetype keeper = begin;
        for (qsizetype i = begin; i < end; ++i) {
            if (!mergeable.contains(rows.at(i).second.importId)) {
                keeper = i;
                break;
            }
        }
        for (qsizetype i = begin; i < end; ++i) {
            if (i == keeper)
                continue;
            const Member &member = rows.at(i).second;
            if (!mergeable.contains(member.importId)) {
                if (error)
                    *error =
                        QCoreApplication::translate(
                            "IdentityConflicts",
                            "Prospects %1 and %2 have the same %3 and neither came from an import, so its "
                            "index cannot be rebuilt. Change one of them; Prospector tries again on the "
                            "next start.")
                            .arg(rows.at(keeper).second.id)
                            .arg(member.id)
                            .arg(column == QStringLiteral("email")
                                     ? QCoreApplication::translate("IdentityConflicts", "email")
                                     : QCoreApplication::translate("IdentityConflicts", "LinkedIn URL"));
                return fail();
            }
            if (!merger.merge(member, rows.at(keeper).second, error))
                return fail();
            if (merged)
                ++*merged;
        }
        begin = end;
    }
    if (!sqliteExec(handle, "COMMIT", error))
        return fail();
    qCInfo(lcImport) << "merged" << (merged ? *merged : 0) << "imported prospects into others with the same"
                     << column;
    return true;
}

} // namespace prospector::importing
