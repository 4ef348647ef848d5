// Schema 19 rebuilds the search index with prefix indexes of 4 and 5 characters: nothing indexed is
// lost, the triggers that keep it current still work, and prefix searches find what they did.
#include "review/searchprefixschema.h"
#include "storage/migrator.h"
#include "storage/schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using namespace prospector;

class TestSearchPrefixSchema : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static QStringList rows(QSqlDatabase &db, const QString &sql) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        QStringList out;
        while (q.next()) {
            QStringList fields;
            for (int i = 0; i < q.record().count(); ++i)
                fields << q.value(i).toString();
            out << fields.join(QLatin1Char('|'));
        }
        return out;
    }

    static void exec(QSqlDatabase &db, const QString &sql, const QVariantList &values = {}) {
        QSqlQuery q(db);
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    }

    static void addProspect(QSqlDatabase &db, const QString &first, const QString &last, const QString &title,
                            const QString &company) {
        exec(
            db,
            QStringLiteral("INSERT INTO prospects (first_name, last_name, email, title, company_name, stage, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'new', 1, 1)"),
            {first, last, QStringLiteral("%1.%2@example.com").arg(first, last).toLower(), title, company});
    }

private Q_SLOTS:
    void rebuildsTheIndexWithLongerPrefixes() {
        const QString path = m_dir.filePath(QStringLiteral("upgrade.db"));
        QString error;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("upgrade"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QList<storage::Migration> upTo18 = storage::schemaMigrations();
            upTo18.removeIf([](const storage::Migration &m) { return m.version >= 19; });
            QVERIFY2(storage::Migrator(upTo18).migrate(db, path, &error), qPrintable(error));
            const QStringList titles = {QStringLiteral("Sales Director"), QStringLiteral("VP Salesforce Ops"),
                                        QStringLiteral("Labs Manager"), QStringLiteral("Director of Sales")};
            for (int i = 0; i < 40; ++i)
                addProspect(db, QStringLiteral("Mar%1a").arg(QChar(u'a' + i % 26)),
                            QStringLiteral("Berg%1").arg(i), titles.at(i % titles.size()),
                            i % 3 ? QStringLiteral("Berlin Labs") : QStringLiteral("Acme"));
            exec(db, QStringLiteral("INSERT INTO notes (prospect_id, body, created_at, updated_at) VALUES "
                                    "(3, 'wants a labyrinth demo', 1, 1)"));
            const QString dump =
                QStringLiteral("SELECT rowid, name, email, company, title, notes FROM prospect_search "
                               "ORDER BY rowid");
            const QStringList before = rows(db, dump);
            QCOMPARE(before.size(), 40);
            QVERIFY(rows(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'prospect_search'"))
                        .constFirst()
                        .contains(QLatin1String("prefix = '2 3'")));

            QVERIFY2(storage::Migrator(storage::schemaMigrations()).migrate(db, path, &error),
                     qPrintable(error));
            QCOMPARE(rows(db, QStringLiteral("PRAGMA user_version")).constFirst(), QStringLiteral("19"));
            QVERIFY(rows(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'prospect_search'"))
                        .constFirst()
                        .contains(QLatin1String("prefix = '2 3 4 5'")));
            QVERIFY(rows(db, QStringLiteral("SELECT name FROM sqlite_master WHERE name LIKE '%prefixes%'"))
                        .isEmpty());
            QCOMPARE(rows(db, dump), before);
            exec(db,
                 QStringLiteral("INSERT INTO prospect_search (prospect_search) VALUES ('integrity-check')"));
            // The rename must not leave the connection checking renames the legacy way.
            QCOMPARE(rows(db, QStringLiteral("PRAGMA legacy_alter_table")).constFirst(), QStringLiteral("0"));

            // Prefixes of each indexed length, and longer, find what a scan of the texts finds.
            for (const char *prefix :
                 {"sa", "sal", "sale", "sales", "salesf", "lab", "labs", "labyr", "berg1"}) {
                const QString term = QString::fromLatin1(prefix);
                const QStringList found =
                    rows(db, QStringLiteral(
                                 "SELECT rowid FROM prospect_search WHERE prospect_search MATCH '\"%1\"*' "
                                 "ORDER BY rowid")
                                 .arg(term));
                QStringList expected;
                const QRegularExpression word(QStringLiteral("\\b%1").arg(term),
                                              QRegularExpression::CaseInsensitiveOption);
                for (const QString &row : before) {
                    const QStringList fields = row.split(QLatin1Char('|'));
                    if (word.match(fields.mid(1).join(QLatin1Char(' '))).hasMatch())
                        expected << fields.constFirst();
                }
                QVERIFY2(!expected.isEmpty(), prefix);
                QCOMPARE(found, expected);
            }

            // The triggers still keep the index current: a new prospect, an edit, a note, a delete.
            addProspect(db, QStringLiteral("Quinn"), QStringLiteral("Rosa"), QStringLiteral("Salesman"),
                        QStringLiteral("Nimbus"));
            const auto search = [&](const QString &match) {
                return rows(
                    db, QStringLiteral("SELECT rowid FROM prospect_search WHERE prospect_search MATCH '%1'")
                            .arg(match));
            };
            QCOMPARE(search(QStringLiteral("\"quin\"* \"salesm\"*")), QStringList{QStringLiteral("41")});
            exec(db, QStringLiteral("UPDATE prospects SET company_name = 'Zephyr' WHERE id = 41"));
            QCOMPARE(search(QStringLiteral("\"zeph\"*")), QStringList{QStringLiteral("41")});
            QVERIFY(search(QStringLiteral("\"nimb\"*")).isEmpty());
            exec(db, QStringLiteral("INSERT INTO notes (prospect_id, body, created_at, updated_at) VALUES "
                                    "(41, 'pancakes', 1, 1)"));
            QCOMPARE(search(QStringLiteral("\"panc\"*")), QStringList{QStringLiteral("41")});
            exec(db, QStringLiteral("DELETE FROM prospects WHERE id = 41"));
            QVERIFY(search(QStringLiteral("\"quin\"*")).isEmpty());
            exec(db,
                 QStringLiteral("INSERT INTO prospect_search (prospect_search) VALUES ('integrity-check')"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("upgrade"));
    }
};

QTEST_GUILESS_MAIN(TestSearchPrefixSchema)
#include "tst_searchprefixschema.moc"
