// Inline edits: validation refuses bad values without writing, a good edit lands with a timeline
// entry listing old and new values, and undo restores the row and removes the entry.
#include "review/fieldvalidator.h"
#include "review/prospecteditor.h"
#include "review/undostack.h"
#include "reviewfixture.h"
#include "storage/activityrepository.h"
#include "storage/prospectrepository.h"

#include <QtTest>

using namespace prospector;
using namespace prospector::review;

class TestProspectEditor : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    int m_counter = 0;

private Q_SLOTS:
    void init() {
        m_db = reviewtest::openDatabase(m_dir, QStringLiteral("edit%1.db").arg(++m_counter));
        reviewtest::seed(*m_db, 30, 11);
    }
    void cleanup() { m_db.reset(); }

    void emailSyntax_data() {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("jane.doe@acme.io") << true;
        QTest::newRow("plus") << QStringLiteral("jane+crm@acme.co.uk") << true;
        QTest::newRow("no at") << QStringLiteral("jane.acme.io") << false;
        QTest::newRow("two at") << QStringLiteral("jane@@acme.io") << false;
        QTest::newRow("space") << QStringLiteral("jane doe@acme.io") << false;
        QTest::newRow("no tld") << QStringLiteral("jane@acme") << false;
        QTest::newRow("double dot") << QStringLiteral("jane..doe@acme.io") << false;
        QTest::newRow("leading dot") << QStringLiteral(".jane@acme.io") << false;
        QTest::newRow("hyphen domain edge") << QStringLiteral("jane@-acme.io") << false;
        QTest::newRow("long local") << QString(65, QLatin1Char('a')) + QStringLiteral("@acme.io") << false;
    }
    void emailSyntax() {
        QFETCH(QString, email);
        QFETCH(bool, valid);
        QCOMPARE(FieldValidator::isValidEmail(email), valid);
    }

    void urlsAndEnumerations() {
        QVariant normalized;
        QVERIFY(FieldValidator::validate(QStringLiteral("linkedinUrl"),
                                         QStringLiteral("https://www.linkedin.com/in/jane"), &normalized)
                    .isEmpty());
        QVERIFY(!FieldValidator::validate(QStringLiteral("linkedinUrl"),
                                          QStringLiteral("https://evil.example/in/jane"), &normalized)
                     .isEmpty());
        QVERIFY(FieldValidator::validate(QStringLiteral("website"), QStringLiteral("acme.io"), &normalized)
                    .isEmpty());
        QVERIFY(!FieldValidator::validate(QStringLiteral("website"), QStringLiteral("javascript:alert(1)"),
                                          &normalized)
                     .isEmpty());
        QVERIFY(!FieldValidator::validate(QStringLiteral("stage"), QStringLiteral("maybe"), &normalized)
                     .isEmpty());
        QVERIFY(
            !FieldValidator::validate(QStringLiteral("tierOverride"), QStringLiteral("tepid"), &normalized)
                 .isEmpty());
        QVERIFY(FieldValidator::validate(QStringLiteral("tierOverride"), QString(), &normalized).isEmpty());
        QVERIFY(!FieldValidator::validate(QStringLiteral("firstName"), QStringLiteral("a\nb"), &normalized)
                     .isEmpty());
        QVERIFY(!FieldValidator::validate(QStringLiteral("id"), 5, &normalized).isEmpty());
        QVERIFY(
            FieldValidator::validate(QStringLiteral("email"), QStringLiteral("  Jane@ACME.io "), &normalized)
                .isEmpty());
        QCOMPARE(normalized.toString(), QStringLiteral("jane@acme.io"));
    }

    void invalidEditWritesNothing() {
        UndoStack undo(*m_db);
        ProspectEditor editor(*m_db, undo);
        const QStringList before = reviewtest::dump(*m_db);
        QMap<QString, QString> errors;
        const BulkResult r = editor.edit(4,
                                         {{QStringLiteral("email"), QStringLiteral("nope")},
                                          {QStringLiteral("title"), QStringLiteral("CTO")}},
                                         &errors);
        QVERIFY(!r.ok);
        QCOMPARE(errors.keys(), QStringList{QStringLiteral("email")});
        QCOMPARE(reviewtest::dump(*m_db), before);
        QVERIFY(!undo.canUndo());
    }

    void duplicateEmailIsAFieldError() {
        storage::ProspectRepository repo(*m_db);
        QString taken;
        for (qint64 id = 1; taken.isEmpty(); ++id)
            taken = repo.get(id)->email;
        UndoStack undo(*m_db);
        ProspectEditor editor(*m_db, undo);
        QMap<QString, QString> errors;
        const qint64 other = repo.get(1)->email == taken ? 2 : 1;
        QVERIFY(!editor.edit(other, {{QStringLiteral("email"), taken.toUpper()}}, &errors).ok);
        QVERIFY(errors.contains(QStringLiteral("email")));
    }

    void editIsRecordedAndUndone() {
        UndoStack undo(*m_db);
        ProspectEditor editor(*m_db, undo);
        const QStringList before = reviewtest::dump(*m_db);
        QVariantMap custom{{QStringLiteral("Seniority"), QStringLiteral("VP")}};
        const BulkResult r = editor.edit(6, {{QStringLiteral("firstName"), QStringLiteral("Zoë")},
                                             {QStringLiteral("email"), QStringLiteral("ZOE@Example.org")},
                                             {QStringLiteral("stage"), QStringLiteral("meeting")},
                                             {QStringLiteral("tierOverride"), QStringLiteral("hot")},
                                             {QStringLiteral("customFields"), custom}});
        QVERIFY2(r.ok, qPrintable(r.error));
        const auto p = storage::ProspectRepository(*m_db).get(6);
        QCOMPARE(p->firstName, QStringLiteral("Zoë"));
        QCOMPARE(p->email, QStringLiteral("zoe@example.org"));
        QCOMPARE(p->stage, QStringLiteral("meeting"));
        QCOMPARE(p->effectiveTier(), QStringLiteral("hot"));
        QCOMPARE(p->customFields.value(QStringLiteral("Seniority")).toString(), QStringLiteral("VP"));
        const auto timeline = storage::ActivityRepository(*m_db).forProspect(6);
        QVERIFY(!timeline.isEmpty());
        QCOMPARE(timeline.constFirst().kind, QStringLiteral("edited"));
        const QJsonObject changes = timeline.constFirst().payload.value(QStringLiteral("changes")).toObject();
        QCOMPARE(changes.value(QStringLiteral("stage")).toObject().value(QStringLiteral("new")).toString(),
                 QStringLiteral("meeting"));
        QVERIFY(changes.contains(QStringLiteral("firstName")));
        QVERIFY(undo.undoLabel().startsWith(QStringLiteral("Edit ")));
        QVERIFY(undo.undo());
        QCOMPARE(reviewtest::dump(*m_db), before);
    }

    void clearingEmailStoresNull() {
        UndoStack undo(*m_db);
        ProspectEditor editor(*m_db, undo);
        storage::ProspectRepository repo(*m_db);
        qint64 id = 1;
        while (repo.get(id)->email.isEmpty())
            ++id;
        QVERIFY(editor.edit(id, {{QStringLiteral("email"), QString()}}).ok);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT email IS NULL FROM prospects WHERE id = %1").arg(id)) &&
                q.next());
        QVERIFY(q.value(0).toBool());
    }

    void noRealChangeRecordsNothing() {
        UndoStack undo(*m_db);
        ProspectEditor editor(*m_db, undo);
        const auto p = storage::ProspectRepository(*m_db).get(3);
        QVERIFY(editor.edit(3, {{QStringLiteral("stage"), p->stage}}).ok);
        QVERIFY(!undo.canUndo());
    }
};

QTEST_GUILESS_MAIN(TestProspectEditor)
#include "tst_prospecteditor.moc"
