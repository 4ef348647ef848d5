#include "storage/activityrepository.h"
#include "storage/database.h"
#include "storage/importrepository.h"
#include "storage/noterepository.h"
#include "storage/prospectrepository.h"
#include "storage/searchquery.h"
#include "storage/settingsrepository.h"
#include "storage/tagrepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace prospector::storage;

class TestProspectRepository : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_counter = 0;

    Prospect make(const QString &first, const QString &last, const QString &email, const QString &company) {
        Prospect p;
        p.firstName = first;
        p.lastName = last;
        p.email = email;
        p.companyName = company;
        p.title = QStringLiteral("Head of Sales");
        return p;
    }

private Q_SLOTS:
    void init() {
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("%1.db").arg(++m_counter)));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
    }
    void cleanup() { m_db.reset(); }

    void insertReadUpdateRoundTrip() {
        ProspectRepository repo(*m_db);
        Prospect p = make(QStringLiteral("Zoë"), QStringLiteral("Ångström"), QStringLiteral("zoe@acme.io"),
                          QStringLiteral("Acme"));
        p.customFields.insert(QStringLiteral("Seniority"), QStringLiteral("VP"));
        p.scoreReasons = {QStringLiteral("title matches"), QStringLiteral("EU")};
        p.score = 72;
        p.tier = QStringLiteral("warm");
        QString error;
        const qint64 id = repo.insert(p, &error);
        QVERIFY2(id > 0, qPrintable(error));
        auto read = repo.get(id);
        QVERIFY(read);
        QCOMPARE(read->firstName, p.firstName);
        QCOMPARE(read->lastName, p.lastName);
        QCOMPARE(read->email, p.email);
        QCOMPARE(read->customFields.value(QStringLiteral("Seniority")).toString(), QStringLiteral("VP"));
        QCOMPARE(read->scoreReasons, p.scoreReasons);
        QCOMPARE(read->score, 72);
        QCOMPARE(read->qualityScore, -1);
        QVERIFY(read->createdAt > 0);

        read->tierOverride = QStringLiteral("hot");
        read->title = QStringLiteral("CRO");
        QVERIFY(repo.update(*read, &error));
        auto again = repo.get(id);
        QCOMPARE(again->effectiveTier(), QStringLiteral("hot"));
        QCOMPARE(again->title, QStringLiteral("CRO"));
        QVERIFY(!repo.get(id + 1000));
    }

    void uniqueIdentityIsEnforced() {
        ProspectRepository repo(*m_db);
        QVERIFY(repo.insert(make(QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("a@x.io"), {})) >
                0);
        QString error;
        QCOMPARE(
            repo.insert(make(QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("a@x.io"), {}), &error),
            0);
        QVERIFY(!error.isEmpty());
        // Empty identities are NULL, so many prospects without an email are fine.
        QVERIFY(repo.insert(make(QStringLiteral("E"), QStringLiteral("F"), {}, {})) > 0);
        QVERIFY(repo.insert(make(QStringLiteral("G"), QStringLiteral("H"), {}, {})) > 0);
    }

    void lookupsDistinguishNotFoundFromError() {
        ProspectRepository repo(*m_db);
        Prospect p = make(QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("a@x.io"), {});
        p.linkedinUrl = QStringLiteral("https://www.linkedin.com/in/ab");
        p.nameKey = QStringLiteral("a b|x.io");
        repo.insert(p);
        Prospect found;
        QCOMPARE(repo.findByEmail(QStringLiteral("a@x.io"), &found), ProspectRepository::Lookup::Found);
        QCOMPARE(found.firstName, QStringLiteral("A"));
        QCOMPARE(repo.findByLinkedinUrl(p.linkedinUrl, &found), ProspectRepository::Lookup::Found);
        QCOMPARE(repo.findByNameKey(p.nameKey, &found), ProspectRepository::Lookup::Found);
        QCOMPARE(repo.findByEmail(QStringLiteral("zz@x.io"), &found), ProspectRepository::Lookup::NotFound);

        // A broken database must answer Error, never NotFound (SPEC §3: refuse, don't assume).
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE prospects RENAME TO prospects_gone")));
        QString error;
        QCOMPARE(repo.findByEmail(QStringLiteral("a@x.io"), &found, &error),
                 ProspectRepository::Lookup::Error);
        QVERIFY(!error.isEmpty());
    }

    void searchIsPrefixAndSafe_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        QTest::newRow("prefix of first name") << QStringLiteral("gra") << 1;
        QTest::newRow("company word") << QStringLiteral("cobol") << 1;
        QTest::newRow("email fragment") << QStringLiteral("ada@analyt") << 1;
        QTest::newRow("case and accents") << QStringLiteral("ZOE") << 1;
        QTest::newRow("two words AND") << QStringLiteral("head ada") << 1;
        QTest::newRow("title matches all") << QStringLiteral("sales") << 3;
        QTest::newRow("quote") << QStringLiteral("\"") << 4;
        QTest::newRow("unbalanced quote word") << QStringLiteral("\"grace") << 1;
        QTest::newRow("star") << QStringLiteral("*") << 4;
        QTest::newRow("minus") << QStringLiteral("-grace") << 1;
        QTest::newRow("NEAR operator") << QStringLiteral("NEAR(grace hopper)") << 0;
        QTest::newRow("sql injection") << QStringLiteral("'; DROP TABLE prospects; --") << 0;
        QTest::newRow("column filter syntax is text") << QStringLiteral("email:ada") << 0;
        QTest::newRow("no match") << QStringLiteral("nobody") << 0;
    }

    void searchIsPrefixAndSafe() {
        QFETCH(QString, text);
        QFETCH(int, expected);
        ProspectRepository repo(*m_db);
        repo.insert(make(QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                         QStringLiteral("ada@analytical.io"), QStringLiteral("Analytical")));
        repo.insert(make(QStringLiteral("Grace"), QStringLiteral("Hopper"), QStringLiteral("grace@cobol.dev"),
                         QStringLiteral("Cobol Corp")));
        repo.insert(make(QStringLiteral("Zoë"), QStringLiteral("Ng"), QStringLiteral("zoe@ng.io"),
                         QStringLiteral("Ng")));
        Prospect noTitle = make(QStringLiteral("Near"), QStringLiteral("Hop"), {}, QStringLiteral("Other"));
        noTitle.title.clear();
        repo.insert(noTitle);

        ProspectFilter filter;
        filter.search = text;
        QString error;
        const QList<Prospect> result = repo.list(filter, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(result.size(), expected);
        QCOMPARE(repo.count(filter), expected);
        // The table survived whatever was typed.
        QCOMPARE(repo.count({}), 4);
    }

    void notesAreSearchable() {
        ProspectRepository repo(*m_db);
        NoteRepository notes(*m_db);
        const qint64 id =
            repo.insert(make(QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("a@b.io"), {}));
        ProspectFilter filter;
        filter.search = QStringLiteral("kubernetes");
        QCOMPARE(repo.count(filter), 0);
        const qint64 note = notes.add(id, QStringLiteral("Asked about Kubernetes pricing"));
        QVERIFY(note > 0);
        QCOMPARE(repo.count(filter), 1);
        QVERIFY(notes.update(note, QStringLiteral("Asked about pricing")));
        QCOMPARE(repo.count(filter), 0);
        QCOMPARE(notes.forProspect(id).size(), 1);
        QVERIFY(notes.remove(note));
        QVERIFY(notes.forProspect(id).isEmpty());
    }

    void filtersByStageTierTagAndArchive() {
        ProspectRepository repo(*m_db);
        TagRepository tags(*m_db);
        Prospect a = make(QStringLiteral("A"), QStringLiteral("A"), QStringLiteral("a@a.io"), {});
        a.stage = QStringLiteral("enriched");
        a.tier = QStringLiteral("cold");
        a.tierOverride = QStringLiteral("hot");
        a.score = 80;
        const qint64 idA = repo.insert(a);
        Prospect b = make(QStringLiteral("B"), QStringLiteral("B"), QStringLiteral("b@b.io"), {});
        b.archived = true;
        b.score = 10;
        repo.insert(b);
        QVERIFY(tags.attach(idA, QStringLiteral("Conference")));
        QVERIFY(tags.attach(idA, QStringLiteral("conference"))); // same tag, case-insensitive
        QCOMPARE(tags.forProspect(idA), QStringList{QStringLiteral("Conference")});

        ProspectFilter f;
        QCOMPARE(repo.count(f), 1);
        f.includeArchived = true;
        QCOMPARE(repo.count(f), 2);
        f.stage = QStringLiteral("enriched");
        QCOMPARE(repo.count(f), 1);
        f = {};
        f.tier = QStringLiteral("hot");
        QCOMPARE(repo.count(f), 1);
        f.tier = QStringLiteral("cold");
        QCOMPARE(repo.count(f), 0);
        f = {};
        f.tag = QStringLiteral("Conference");
        QCOMPARE(repo.count(f), 1);
        f = {};
        f.includeArchived = true;
        f.minScore = 50;
        QCOMPARE(repo.count(f), 1);

        QVERIFY(tags.detach(idA, QStringLiteral("Conference")));
        QVERIFY(tags.forProspect(idA).isEmpty());
        QVERIFY(repo.remove(idA));
        QVERIFY(!repo.get(idA));
    }

    void activitiesDeduplicateByExternalId() {
        ProspectRepository repo(*m_db);
        ActivityRepository activities(*m_db);
        const qint64 id =
            repo.insert(make(QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("a@b.io"), {}));
        Activity reply{
            0, id, QStringLiteral("replied"), QStringLiteral("Sounds good"), {}, QStringLiteral("act_1"), 0};
        QVERIFY(activities.add(reply) > 0);
        QCOMPARE(activities.add(reply), 0);
        QCOMPARE(activities.forProspect(id).size(), 1);
        // Deleting the prospect removes its timeline.
        repo.remove(id);
        QVERIFY(activities.forProspect(id).isEmpty());
    }

    void settingsAndImportsRoundTrip() {
        SettingsRepository settings(*m_db);
        QCOMPARE(settings.value(QStringLiteral("missing"), QStringLiteral("dflt")), QStringLiteral("dflt"));
        QVERIFY(settings.setValue(QStringLiteral("k"), QStringLiteral("1")));
        QVERIFY(settings.setValue(QStringLiteral("k"), QStringLiteral("2")));
        QCOMPARE(settings.value(QStringLiteral("k")), QStringLiteral("2"));

        ImportRepository imports(*m_db);
        ImportRecord record;
        record.fileName = QStringLiteral("leads.csv");
        record.id = imports.create(record);
        QVERIFY(record.id > 0);
        record.status = QStringLiteral("completed");
        record.created = 10;
        record.rejected = 2;
        QVERIFY(imports.update(record));
        const auto read = imports.get(record.id);
        QCOMPARE(read->status, QStringLiteral("completed"));
        QCOMPARE(read->created, 10);
        QCOMPARE(imports.list().size(), 1);
        record.status = QStringLiteral("bogus");
        QVERIFY2(!imports.update(record), "status is constrained");
    }

    void ftsExpressionQuotesEveryTerm() {
        QCOMPARE(ftsMatchExpression(QStringLiteral("  ")), QString());
        QCOMPARE(ftsMatchExpression(QStringLiteral("acme corp")), QStringLiteral("\"acme\"* \"corp\"*"));
        QCOMPARE(ftsMatchExpression(QStringLiteral("a\"b")), QStringLiteral("\"a\"* \"b\"*"));
    }
};

QTEST_GUILESS_MAIN(TestProspectRepository)
#include "tst_prospectrepository.moc"
