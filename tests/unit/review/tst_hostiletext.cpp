// SQL safety with hostile text (issue 9 item 5): SQL, FTS5 syntax, rich text, 100 KB, RTL and bidi
// overrides, emoji sequences and control characters go through import, inline edits, notes,
// tags, saved view names, search (every way the pager writes it) and every filter. Each returns
// exactly the rows a plain reference computes, stores the text as given (or refuses it with a
// message and changes nothing), and the database stays intact: same tables, untouched rows,
// integrity and full-text index checks pass.
#include "../../support/hostiletext.h"
#include "importing/importjob.h"
#include "review/bulkeditor.h"
#include "review/noteeditor.h"
#include "review/prospecteditor.h"
#include "review/prospectpager.h"
#include "review/savedviewrepository.h"
#include "review/undostack.h"
#include "reviewfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlRecord>
#include <QtTest>
#include <functional>

using namespace prospector;
using namespace prospector::review;

namespace {

constexpr int kPlainRows = 40;

QString csvCell(const QString &value) {
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// Terms as the search builds them (storage::ftsMatchExpression): runs of letters, digits and
// combining marks, at most 16; compared with diacritics folded and case ignored, like FTS5's
// unicode61 tokenizer with remove_diacritics.
QString fold(const QString &text) {
    QString folded;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded += c;
    }
    return folded.toLower();
}

QStringList terms(const QString &text, int limit = -1) {
    QStringList result;
    QString current;
    const QString padded = text + QLatin1Char(' ');
    for (const QChar c : padded) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing) {
            current += c;
        } else if (!current.isEmpty()) {
            result << fold(current);
            current.clear();
            if (limit > 0 && result.size() >= limit)
                break;
        }
    }
    return result;
}

struct Row {
    qint64 id = 0;
    QString searchable; // name, e-mail, company, title, notes
    QString company, country, source;
    QStringList tags;
    bool archived = false;
};

QList<Row> loadRows(const storage::Database &db) {
    QList<Row> rows;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral(
        "SELECT id, first_name || ' ' || last_name || ' ' || coalesce(email, '') || ' ' || company_name || ' "
        "' "
        "|| title || ' ' || coalesce((SELECT group_concat(body, ' ') FROM notes WHERE prospect_id = p.id), "
        "''), "
        "company_name, country, source, archived, (SELECT json_group_array(t.name) FROM prospect_tags pt "
        "JOIN "
        "tags t ON t.id = pt.tag_id WHERE pt.prospect_id = p.id) FROM prospects p ORDER BY id"));
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.searchable = q.value(1).toString();
        r.company = q.value(2).toString();
        r.country = q.value(3).toString();
        r.source = q.value(4).toString();
        r.archived = q.value(5).toBool();
        for (const QJsonValue &tag : QJsonDocument::fromJson(q.value(6).toByteArray()).array())
            r.tags << tag.toString();
        rows << r;
    }
    return rows;
}

QStringList dumpPlainRows(const storage::Database &db) {
    QStringList lines;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT * FROM prospects WHERE first_name = 'Plain' ORDER BY id"));
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << q.value(i).toString();
        lines << cells.join(QLatin1Char('|'));
    }
    return lines;
}

QStringList tableNames(const storage::Database &db) {
    QStringList names;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE name NOT LIKE 'undo\\_%' ESCAPE '\\' ORDER BY 1"));
    while (q.next())
        names << q.value(0).toString();
    return names;
}

} // namespace

class TestHostileText : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    QStringList m_tables;
    QStringList m_plain;
    QHash<QString, qint64> m_carrier; // sample name -> the prospect imported with it

    void addSamples() {
        QTest::addColumn<QString>("text");
        for (const hostiletext::Sample &s : hostiletext::samples())
            QTest::newRow(s.name) << s.text;
    }

private Q_SLOTS:
    // Plain rows, then one imported prospect per sample carrying it in its company, title,
    // country and source; then each sample as a note and as a tag on a plain row.
    void initTestCase() {
        m_db = reviewtest::openDatabase(m_dir, QStringLiteral("hostile.db"));
        for (int i = 0; i < kPlainRows; ++i)
            QVERIFY(reviewtest::run(
                *m_db,
                QStringLiteral("INSERT INTO prospects (first_name, last_name, email, company_name, "
                               "title, country, source, created_at, updated_at) VALUES ('Plain', "
                               "?, ?, 'Neutral Co', 'Engineer', 'US', 'csv', 1, 1)"),
                {QStringLiteral("Person%1").arg(i), QStringLiteral("plain%1@example.org").arg(i)}));
        m_tables = tableNames(*m_db);

        const QString csv = m_dir.filePath(QStringLiteral("hostile.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("First Name,Last Name,Email,Company,Title,Country,Source,Notes\n");
        const QList<hostiletext::Sample> samples = hostiletext::samples();
        for (qsizetype i = 0; i < samples.size(); ++i) {
            const QString &t = samples.at(i).text;
            file.write((QStringList{QStringLiteral("Carrier"), QStringLiteral("N%1").arg(i),
                                    QStringLiteral("carrier%1@example.com").arg(i), csvCell(t), csvCell(t),
                                    csvCell(t), csvCell(t), csvCell(QString())}
                            .join(QLatin1Char(',')) +
                        QLatin1Char('\n'))
                           .toUtf8());
        }
        file.close();
        importing::ImportOptions options;
        options.filePath = csv;
        options.reportsDir = m_dir.filePath(QStringLiteral("reports"));
        importing::ImportJob job(*m_db, options);
        job.run();
        QCOMPARE(job.result().status, QStringLiteral("completed"));
        QCOMPARE(job.result().counts.created, qint64(samples.size()));
        QCOMPARE(job.result().counts.rejected, qint64(0));
        m_plain = dumpPlainRows(*m_db);

        QSqlQuery q(m_db->connection());
        for (qsizetype i = 0; i < samples.size(); ++i) {
            QVERIFY(storage::exec(q, QStringLiteral("SELECT id FROM prospects WHERE email = ?"),
                                  {QStringLiteral("carrier%1@example.com").arg(i)}) &&
                    q.next());
            m_carrier.insert(QString::fromLatin1(samples.at(i).name), q.value(0).toLongLong());
        }
    }

    void importStoresTheTextAsGiven_data() { addSamples(); }
    void importStoresTheTextAsGiven() {
        QFETCH(QString, text);
        const qint64 id = m_carrier.value(QString::fromUtf8(QTest::currentDataTag()));
        QSqlQuery q(m_db->connection());
        QVERIFY(storage::exec(
                    q,
                    QStringLiteral("SELECT company_name, title, country, source FROM prospects WHERE id = ?"),
                    {id}) &&
                q.next());
        // Import trims and composes (NFC); nothing else is changed or escaped.
        const QString expected = text.trimmed().normalized(QString::NormalizationForm_C);
        for (int column = 0; column < 4; ++column)
            QCOMPARE(q.value(column).toString(), expected);
    }

    // Notes and tags of plain rows, through the editors a rep uses; stored exactly.
    void notesAndTagsKeepTheText() {
        UndoStack undo(*m_db);
        NoteEditor notes(*m_db, undo);
        BulkEditor bulk(*m_db, undo);
        const QList<hostiletext::Sample> samples = hostiletext::samples();
        for (qsizetype i = 0; i < samples.size(); ++i) {
            const qint64 plainId = i + 1; // the plain rows came first
            const BulkResult note = notes.add(plainId, samples.at(i).text);
            QVERIFY2(note.ok, qPrintable(note.error));
            QSqlQuery q(m_db->connection());
            QVERIFY(
                storage::exec(q, QStringLiteral("SELECT body FROM notes WHERE prospect_id = ?"), {plainId}) &&
                q.next());
            QCOMPARE(q.value(0).toString(), samples.at(i).text.trimmed());
            q.finish();
            const BulkResult tagged = bulk.addTag(BulkTarget::ofIds({plainId}), samples.at(i).text);
            if (samples.at(i).text.trimmed().isEmpty()) {
                QVERIFY(!tagged.ok);
                continue;
            }
            QVERIFY2(tagged.ok, qPrintable(tagged.error));
            QVERIFY(storage::exec(q, QStringLiteral("SELECT count(*) FROM tags WHERE name = ?"),
                                  {samples.at(i).text.trimmed()}) &&
                    q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        m_plain = dumpPlainRows(*m_db); // notes and tags do not change the prospect rows...
        QCOMPARE(m_plain.size(), kPlainRows);
    }

    // Search, in each way the pager can write it, returns exactly the rows holding every term.
    void searchReturnsExactlyTheMatchingRows_data() { addSamples(); }
    void searchReturnsExactlyTheMatchingRows() {
        QFETCH(QString, text);
        const QStringList wanted = terms(text, 16);
        QList<qint64> expected;
        for (const Row &r : loadRows(*m_db)) {
            if (r.archived)
                continue;
            const QStringList have = terms(r.searchable);
            const bool all = std::all_of(wanted.cbegin(), wanted.cend(), [&](const QString &term) {
                return std::any_of(have.cbegin(), have.cend(),
                                   [&](const QString &h) { return h.startsWith(term); });
            });
            if (all)
                expected << r.id;
        }
        if (!wanted.isEmpty()) // a sample with terms finds at least its own rows
            QVERIFY(expected.contains(m_carrier.value(QString::fromUtf8(QTest::currentDataTag()))));
        for (const auto mode : {SearchSql::Mode::Subquery, SearchSql::Mode::Stream, SearchSql::Mode::Walk,
                                SearchSql::Mode::Collect}) {
            MatchSetCache cache;
            SearchPlanner::Tuning tuning;
            tuning.force = mode;
            ProspectPager pager(*m_db, SearchPlanner(cache, tuning));
            ProspectQuery q;
            q.search = text;
            QString error;
            const ProspectPage page = pager.first(q, 1000, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QList<qint64> ids;
            for (const storage::Prospect &p : page.rows)
                ids << p.id;
            QCOMPARE(ids, expected);
            QCOMPARE(pager.count(q, &error), qint64(expected.size()));
        }
    }

    // Every filter takes the text as a value and matches it exactly, or matches nothing.
    void everyFilterMatchesExactly_data() { addSamples(); }
    void everyFilterMatchesExactly() {
        QFETCH(QString, text);
        const QString stored = text.trimmed().normalized(QString::NormalizationForm_C);
        const QList<Row> rows = loadRows(*m_db);
        const auto expect = [&](const std::function<bool(const Row &)> &keep) {
            QList<qint64> ids;
            for (const Row &r : rows) {
                if (!r.archived && keep(r))
                    ids << r.id;
            }
            return ids;
        };
        ProspectPager pager(*m_db);
        const auto run = [&](const ProspectQuery &q) {
            QString error;
            QList<qint64> ids;
            for (const storage::Prospect &p : pager.first(q, 1000, &error).rows)
                ids << p.id;
            if (!error.isEmpty())
                ids = {-1};
            return ids;
        };
        ProspectQuery q;
        q.countries = {stored};
        QCOMPARE(run(q), expect([&](const Row &r) { return r.country == stored; }));
        q = {};
        q.sources = {stored};
        QCOMPARE(run(q), expect([&](const Row &r) { return r.source == stored; }));
        q = {};
        q.company = stored;
        QCOMPARE(run(q),
                 expect([&](const Row &r) { return r.company.compare(stored, Qt::CaseInsensitive) == 0; }));
        q = {};
        q.tags = {text.trimmed()};
        QCOMPARE(run(q),
                 expect([&](const Row &r) { return r.tags.contains(text.trimmed(), Qt::CaseInsensitive); }));
        for (const auto filter :
             {&ProspectQuery::stages, &ProspectQuery::tiers, &ProspectQuery::syncStates}) {
            q = {};
            q.*filter = {text};
            QCOMPARE(run(q), QList<qint64>{}); // not a stage, tier or sync state: nothing, no error
        }
        QVERIFY(!expect([&](const Row &r) { return r.country == stored; }).isEmpty());
    }

    // Inline edits store the text, or refuse it with a message and change nothing; undo restores.
    void inlineEditsStoreOrRefuse_data() { addSamples(); }
    void inlineEditsStoreOrRefuse() {
        QFETCH(QString, text);
        const qint64 id = m_carrier.value(QString::fromUtf8(QTest::currentDataTag()));
        UndoStack undo(*m_db);
        ProspectEditor editor(*m_db, undo);
        const auto read = [&] {
            QSqlQuery q(m_db->connection());
            storage::exec(
                q, QStringLiteral("SELECT first_name, city, company_name FROM prospects WHERE id = ?"), {id});
            q.next();
            return QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
        };
        const QStringList before = read();
        QMap<QString, QString> errors;
        const BulkResult result =
            editor.edit(id, {{QStringLiteral("firstName"), text}, {QStringLiteral("city"), text}}, &errors);
        const QString trimmed = text.trimmed();
        const bool refused =
            trimmed.size() > 500 || std::any_of(trimmed.cbegin(), trimmed.cend(),
                                                [](QChar c) { return c.category() == QChar::Other_Control; });
        if (refused) {
            QVERIFY(!result.ok);
            QVERIFY(!errors.value(QStringLiteral("firstName")).isEmpty());
            QVERIFY(!errors.value(QStringLiteral("city")).isEmpty());
            QCOMPARE(read(), before);
            return;
        }
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(read(), (QStringList{trimmed, trimmed, before.at(2)}));
        QString error;
        QVERIFY2(undo.undo(&error), qPrintable(error));
        QCOMPARE(read(), before);
    }

    void savedViewNamesKeepTheText_data() { addSamples(); }
    void savedViewNamesKeepTheText() {
        QFETCH(QString, text);
        SavedViewRepository views(*m_db);
        ProspectQuery q;
        q.search = text;
        q.countries = {text};
        q.tags = {text};
        QString error;
        const qint64 id = views.create(text, q, &error);
        if (text.trimmed().isEmpty()) {
            QCOMPARE(id, qint64(0));
            QVERIFY(!error.isEmpty());
            return;
        }
        QVERIFY2(id > 0, qPrintable(error));
        const std::optional<SavedView> found = views.findByName(text, &error);
        QVERIFY2(found, qPrintable(error));
        QCOMPARE(found->id, id);
        QCOMPARE(found->query.search, text);
        QCOMPARE(found->query.countries, QStringList{text});
        QCOMPARE(found->query.tags, QStringList{text});
        QVERIFY(views.remove(id, &error));
    }

    // Last: nothing was dropped, plain rows are as they were, SQLite and FTS5 find no damage.
    void databaseIsIntact() {
        QCOMPARE(tableNames(*m_db), m_tables);
        QCOMPARE(dumpPlainRows(*m_db), m_plain);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        q.finish();
        QVERIFY2(
            q.exec(QStringLiteral("INSERT INTO prospect_search(prospect_search) VALUES ('integrity-check')")),
            qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM prospects")) && q.next());
        QCOMPARE(q.value(0).toInt(), kPlainRows + int(hostiletext::samples().size()));
    }
};

QTEST_GUILESS_MAIN(TestHostileText)
#include "tst_hostiletext.moc"
