#pragma once
// Shared by the review tests: a fresh database with reproducible random prospects, and a dump
// of every table that undo must restore exactly.

#include "storage/database.h"
#include "storage/schema.h"
#include "storage/sqlerror.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace reviewtest {

using prospector::storage::Database;

inline std::unique_ptr<Database> openDatabase(const QTemporaryDir &dir, const QString &name) {
    auto db = std::make_unique<Database>(dir.filePath(name));
    QString error;
    if (!db->open(&error))
        qFatal("cannot open test database: %s", qPrintable(error));
    return db;
}

inline bool run(const Database &db, const QString &sql, const QVariantList &values = {}) {
    QSqlQuery q(db.connection());
    return prospector::storage::exec(q, sql, values);
}

// `count` prospects with values drawn from small pools, so filters and sorts hit ties, NULLs
// (email, score, tier), overrides, archived rows and tags. ASCII letters only in sortable text:
// the C++ reference comparisons then agree with SQLite's NOCASE collation.
inline void seed(const Database &db, int count, quint32 seedValue) {
    QRandomGenerator rng(seedValue);
    const QStringList firsts = {QStringLiteral("Ada"), QStringLiteral("bob"), QStringLiteral("Cleo"),
                                QStringLiteral("dan"), QStringLiteral("Eve"), QStringLiteral("Finn")};
    const QStringList lasts = {
        QStringLiteral("Smith"), QStringLiteral("smythe"), QStringLiteral("Jones"), QStringLiteral("Brown"),
        QStringLiteral("brown"), QStringLiteral("Zed"),    QStringLiteral("Adams"), QString()};
    const QStringList companies = {QStringLiteral("Acme"),     QStringLiteral("acme"),
                                   QStringLiteral("Globex"),   QStringLiteral("Initech"),
                                   QStringLiteral("Umbrella"), QString()};
    const QStringList titles = {QStringLiteral("VP Sales"), QStringLiteral("Engineer"), QStringLiteral("CEO"),
                                QStringLiteral("Head of Growth"), QString()};
    const QStringList countries = {QStringLiteral("FR"), QStringLiteral("DE"), QStringLiteral("US"),
                                   QString()};
    const QStringList tiers = {QString(), QStringLiteral("hot"), QStringLiteral("warm"),
                               QStringLiteral("cold")};
    const QStringList stages = prospector::storage::pipelineStages();
    const QStringList sync = {QStringLiteral("local"), QStringLiteral("synced"), QStringLiteral("error")};
    const auto pick = [&](const QStringList &list) {
        return list.at(int(rng.bounded(qint64(list.size()))));
    };
    const auto nullable = [](const QString &s) {
        return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
    };

    if (!run(db, QStringLiteral("BEGIN")))
        qFatal("cannot begin the seeding transaction");
    run(db, QStringLiteral("INSERT INTO imports (file_name, started_at) VALUES ('a.csv', 1), ('b.csv', 2)"));
    for (const char *tag : {"vip", "Conference", "later"})
        run(db, QStringLiteral("INSERT INTO tags (name) VALUES (?)"), {QString::fromLatin1(tag)});
    // Prepared once and reused: seeding 20,000 rows must not take seconds.
    QSqlDatabase connection = db.connection();
    QSqlQuery insert(connection);
    insert.prepare(
        QStringLiteral("INSERT INTO prospects (first_name, last_name, email, title, company_name, country, "
                       "stage, score, tier, "
                       "tier_override, archived, sync_state, source, import_id, created_at, updated_at) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    QSqlQuery tagInsert(connection);
    tagInsert.prepare(QStringLiteral("INSERT INTO prospect_tags (prospect_id, tag_id) VALUES (?, ?)"));
    QSqlQuery noteInsert(connection);
    noteInsert.prepare(QStringLiteral("INSERT INTO notes (prospect_id, body, created_at, updated_at) "
                                      "VALUES (?, 'met at the fair, likes pancakes', 1, 1)"));
    QSqlQuery activityInsert(connection);
    activityInsert.prepare(QStringLiteral("INSERT INTO activities (prospect_id, kind, summary, occurred_at) "
                                          "VALUES (?, 'imported', 'Imported', 5)"));
    const auto text = [](const QString &s) {
        return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
    };
    for (int i = 0; i < count; ++i) {
        const bool scored = rng.bounded(4) != 0;
        const QString email =
            rng.bounded(3) == 0 ? QString() : QStringLiteral("p%1@x%2.com").arg(i).arg(rng.bounded(5));
        const QVariantList values = {text(pick(firsts)),
                                     text(pick(lasts)),
                                     nullable(email),
                                     text(pick(titles)),
                                     text(pick(companies)),
                                     text(pick(countries)),
                                     pick(stages),
                                     scored ? QVariant(int(rng.bounded(101)))
                                            : QVariant(QMetaType(QMetaType::Int)),
                                     nullable(scored ? pick(tiers) : QString()),
                                     nullable(rng.bounded(6) == 0 ? pick(tiers) : QString()),
                                     rng.bounded(8) == 0 ? 1 : 0,
                                     pick(sync),
                                     rng.bounded(2) ? QStringLiteral("csv") : QStringLiteral("hubspot"),
                                     rng.bounded(3) == 0 ? QVariant(QMetaType(QMetaType::LongLong))
                                                         : QVariant(qint64(1 + rng.bounded(2))),
                                     qint64(1000 + rng.bounded(50)),
                                     qint64(2000 + rng.bounded(50))};
        for (const QVariant &value : values)
            insert.addBindValue(value);
        if (!insert.exec())
            qFatal("seeding failed");
        const qint64 id = insert.lastInsertId().toLongLong();
        for (qint64 tag = 1; tag <= 3; ++tag) {
            if (rng.bounded(4) == 0) {
                tagInsert.addBindValue(id);
                tagInsert.addBindValue(tag);
                tagInsert.exec();
            }
        }
        if (rng.bounded(5) == 0) {
            noteInsert.addBindValue(id);
            noteInsert.exec();
        }
        if (rng.bounded(3) == 0) {
            activityInsert.addBindValue(id);
            activityInsert.exec();
        }
    }
    insert.finish();
    tagInsert.finish();
    noteInsert.finish();
    activityInsert.finish();
    if (!run(db, QStringLiteral("COMMIT")))
        qFatal("cannot commit the seed");
}

// Every row of the tables a bulk action or its undo can touch, as text, in a stable order.
inline QStringList dump(const Database &db) {
    QStringList lines;
    const QStringList tables = {QStringLiteral("prospects"),  QStringLiteral("prospect_tags"),
                                QStringLiteral("tags"),       QStringLiteral("notes"),
                                QStringLiteral("activities"), QStringLiteral("import_changes")};
    for (const QString &table : tables) {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table));
        while (q.next()) {
            QStringList cells{table};
            for (int i = 0; i < q.record().count(); ++i)
                cells << (q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString());
            lines << cells.join(QLatin1Char('|'));
        }
    }
    QSqlQuery fts(db.connection());
    fts.exec(QStringLiteral(
        "SELECT rowid, name, email, company, title, notes FROM prospect_search ORDER BY rowid"));
    while (fts.next()) {
        QStringList cells{QStringLiteral("fts")};
        for (int i = 0; i < 6; ++i)
            cells << fts.value(i).toString();
        lines << cells.join(QLatin1Char('|'));
    }
    return lines;
}

} // namespace reviewtest
