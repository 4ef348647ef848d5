// Every bulk action changes what it should, records a timeline entry, and undo restores every
// table (prospects, tags, notes, timeline, search index) exactly as it was.
#include "review/bulkeditor.h"
#include "review/pipelinewords.h"
#include "review/prospectpager.h"
#include "review/undostack.h"
#include "reviewfixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>
#include <functional>

using namespace prospector;
using namespace prospector::review;

class TestBulkEditor : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    int m_counter = 0;

    qint64 scalar(const QString &sql, const QVariantList &values = {}) {
        QSqlQuery q(m_db->connection());
        if (!storage::exec(q, sql, values) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    QList<qint64> someIds() { return {3, 5, 8, 13, 21, 34, 55, 89, 144}; }

    ProspectQuery frenchQuery() {
        ProspectQuery q;
        q.countries = {QStringLiteral("FR")};
        return q;
    }

    // Runs `action`, checks `changed`, undoes, and checks the database is back to the byte.
    void roundTrip(const std::function<BulkResult(BulkEditor &)> &action,
                   const std::function<void(const BulkResult &)> &changed) {
        UndoStack undo(*m_db);
        BulkEditor editor(*m_db, undo);
        const QStringList before = reviewtest::dump(*m_db);
        QSignalSpy spy(&undo, &UndoStack::changed);
        const BulkResult result = action(editor);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.affected > 0);
        QVERIFY(result.undoActionId > 0);
        QCOMPARE(spy.count(), 1);
        QVERIFY(undo.canUndo());
        QVERIFY(!undo.undoLabel().isEmpty());
        QVERIFY(reviewtest::dump(*m_db) != before);
        changed(result);
        QString error;
        QVERIFY2(undo.undo(&error), qPrintable(error));
        QCOMPARE(reviewtest::dump(*m_db), before);
        QVERIFY(!undo.canUndo());
        // Snapshot tables are gone with the action.
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name LIKE 'undo\\_%' ESCAPE '\\' "
                                  "AND name <> 'undo_actions'")),
            0);
    }

private Q_SLOTS:
    void init() {
        m_db = reviewtest::openDatabase(m_dir, QStringLiteral("bulk%1.db").arg(++m_counter));
        reviewtest::seed(*m_db, 400, 99);
    }
    void cleanup() { m_db.reset(); }

    void setStageOnIds() {
        roundTrip(
            [&](BulkEditor &e) { return e.setStage(BulkTarget::ofIds(someIds()), QStringLiteral("won")); },
            [&](const BulkResult &r) {
                QCOMPARE(r.affected, qint64(someIds().size()));
                QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM prospects WHERE stage = 'won' AND id IN "
                                               "(3,5,8,13,21,34,55,89,144)")),
                         qint64(9));
                QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM activities WHERE kind = 'edited' AND "
                                               "prospect_id = 13")),
                         1);
            });
    }

    void setStageOnWholeQuery() {
        const qint64 french = ProspectPager(*m_db).count(frenchQuery());
        QVERIFY(french > 20);
        roundTrip(
            [&](BulkEditor &e) {
                return e.setStage(BulkTarget::ofQuery(frenchQuery()), QStringLiteral("lost"));
            },
            [&](const BulkResult &r) {
                QCOMPARE(r.affected, french);
                QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM prospects WHERE country = 'FR' AND "
                                               "archived = 0 AND stage <> 'lost'")),
                         0);
            });
    }

    // Timeline entries and undo labels name the stage and tier as people read them, not as keys.
    void describesStagesAndTiersInWords() {
        UndoStack undo(*m_db);
        BulkEditor editor(*m_db, undo);
        QVERIFY(editor.setStage(BulkTarget::ofIds(someIds()), QStringLiteral("qualified")).ok);
        // No catalog is loaded here: the plural stays "prospect(s)".
        QVERIFY2(undo.undoLabel().startsWith(QStringLiteral("Set stage to Qualified on 9 prospect")),
                 qPrintable(undo.undoLabel()));
        QSqlQuery q(m_db->connection());
        QVERIFY(storage::exec(q, QStringLiteral("SELECT summary FROM activities WHERE prospect_id = 13 "
                                                "ORDER BY id DESC LIMIT 1")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Stage set to Qualified"));
        QVERIFY(editor.setTierOverride(BulkTarget::ofIds(someIds()), QStringLiteral("hot")).ok);
        QVERIFY2(undo.undoLabel().startsWith(QStringLiteral("Set tier to Hot on 9 prospect")),
                 qPrintable(undo.undoLabel()));
        QCOMPARE(stageWord(QStringLiteral("from-a-newer-version")), QStringLiteral("from-a-newer-version"));
        QCOMPARE(tierWord(QStringLiteral("none")), QStringLiteral("Unscored"));
    }

    void tierOverrideSetAndClear() {
        roundTrip(
            [&](BulkEditor &e) {
                return e.setTierOverride(BulkTarget::ofIds(someIds()), QStringLiteral("hot"));
            },
            [&](const BulkResult &) {
                QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM prospects WHERE tier_override = 'hot' "
                                               "AND id IN (3,5,8,13,21,34,55,89,144)")),
                         9);
            });
        roundTrip([&](BulkEditor &e) { return e.setTierOverride(BulkTarget::ofQuery({}), QString()); },
                  [&](const BulkResult &) {
                      QCOMPARE(
                          scalar(QStringLiteral("SELECT count(*) FROM prospects WHERE tier_override IS NOT "
                                                "NULL AND archived = 0")),
                          0);
                  });
    }

    void archiveAndUnarchive() {
        roundTrip([&](BulkEditor &e) { return e.setArchived(BulkTarget::ofQuery(frenchQuery()), true); },
                  [&](const BulkResult &) { QCOMPARE(ProspectPager(*m_db).count(frenchQuery()), 0); });
        ProspectQuery archived;
        archived.archived = ProspectQuery::Archived::Only;
        roundTrip([&](BulkEditor &e) { return e.setArchived(BulkTarget::ofQuery(archived), false); },
                  [&](const BulkResult &) {
                      QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM prospects WHERE archived = 1")),
                               0);
                  });
    }

    void addExistingTagAndNewTag() {
        roundTrip(
            [&](BulkEditor &e) { return e.addTag(BulkTarget::ofIds(someIds()), QStringLiteral("VIP")); },
            [&](const BulkResult &) {
                QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM prospect_tags WHERE tag_id = 1 AND "
                                               "prospect_id IN (3,5,8,13,21,34,55,89,144)")),
                         9);
            });
        roundTrip(
            [&](BulkEditor &e) {
                return e.addTag(BulkTarget::ofQuery(frenchQuery()), QStringLiteral("Paris 2026"));
            },
            [&](const BulkResult &r) {
                QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM prospect_tags pt JOIN tags t ON t.id = "
                                               "pt.tag_id WHERE t.name = 'Paris 2026'")),
                         r.affected);
            });
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tags WHERE name = 'Paris 2026'")), 0);
    }

    void removeTag() {
        roundTrip(
            [&](BulkEditor &e) { return e.removeTag(BulkTarget::ofQuery({}), QStringLiteral("later")); },
            [&](const BulkResult &) {
                QCOMPARE(
                    scalar(QStringLiteral("SELECT count(*) FROM prospect_tags pt JOIN prospects p ON "
                                          "p.id = pt.prospect_id WHERE pt.tag_id = 3 AND p.archived = 0")),
                    0);
            });
    }

    void deleteWithNotesTagsAndTimeline() {
        const qint64 notes =
            scalar(QStringLiteral("SELECT count(*) FROM notes n JOIN prospects p ON p.id = "
                                  "n.prospect_id WHERE p.country = 'FR' AND p.archived = 0"));
        QVERIFY(notes > 0);
        roundTrip([&](BulkEditor &e) { return e.remove(BulkTarget::ofQuery(frenchQuery())); },
                  [&](const BulkResult &) {
                      QCOMPARE(ProspectPager(*m_db).count(frenchQuery()), 0);
                      QCOMPARE(
                          scalar(QStringLiteral("SELECT count(*) FROM notes WHERE prospect_id NOT IN (SELECT "
                                                "id FROM prospects)")),
                          0);
                      ProspectQuery pancakes;
                      pancakes.search = QStringLiteral("pancakes");
                      pancakes.countries = {QStringLiteral("FR")};
                      QCOMPARE(ProspectPager(*m_db).count(pancakes), 0);
                  });
        // The search index (notes included) works again for the restored prospects.
        ProspectQuery pancakes;
        pancakes.search = QStringLiteral("pancakes");
        pancakes.countries = {QStringLiteral("FR")};
        QVERIFY(ProspectPager(*m_db).count(pancakes) > 0);
    }

    void undoRestoresInReverseOrder() {
        UndoStack undo(*m_db);
        BulkEditor editor(*m_db, undo);
        const QStringList start = reviewtest::dump(*m_db);
        QVERIFY(editor.setStage(BulkTarget::ofIds({1, 2, 3}), QStringLiteral("meeting")).ok);
        const QStringList afterFirst = reviewtest::dump(*m_db);
        QVERIFY(editor.setStage(BulkTarget::ofIds({2, 3, 4}), QStringLiteral("won")).ok);
        QVERIFY(editor.addTag(BulkTarget::ofIds({2}), QStringLiteral("x")).ok);
        QCOMPARE(undo.count(), 3);
        QVERIFY(undo.undo());
        QVERIFY(undo.undo());
        QCOMPARE(reviewtest::dump(*m_db), afterFirst);
        QVERIFY(undo.undo());
        QCOMPARE(reviewtest::dump(*m_db), start);
        QString error;
        QVERIFY(!undo.undo(&error));
        QVERIFY(!error.isEmpty());
    }

    void emptyTargetsRecordNothing() {
        UndoStack undo(*m_db);
        BulkEditor editor(*m_db, undo);
        const BulkResult r = editor.setStage(BulkTarget::ofIds({999999}), QStringLiteral("won"));
        QVERIFY(r.ok);
        QCOMPARE(r.affected, 0);
        QVERIFY(!undo.canUndo());
        QVERIFY(!editor.setStage(BulkTarget::ofIds({1}), QStringLiteral("bogus")).ok);
        QVERIFY(!editor.setTierOverride(BulkTarget::ofIds({1}), QStringLiteral("lukewarm")).ok);
        QVERIFY(!editor.addTag(BulkTarget::ofIds({1}), QStringLiteral("  ")).ok);
        QVERIFY(!undo.canUndo());
    }

    void depthIsBounded() {
        UndoStack undo(*m_db, 3);
        BulkEditor editor(*m_db, undo);
        for (int i = 0; i < 5; ++i)
            QVERIFY(editor.setArchived(BulkTarget::ofIds({qint64(i + 1)}), i % 2 == 0).ok);
        QCOMPARE(undo.count(), 3);
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT count(*) FROM sqlite_schema WHERE name LIKE 'undo\\_1\\_%' ESCAPE '\\'")),
                 0);
    }

    void undoSurvivesARestart() {
        const QStringList before = reviewtest::dump(*m_db);
        {
            UndoStack undo(*m_db);
            BulkEditor editor(*m_db, undo);
            QVERIFY(editor.setStage(BulkTarget::ofIds({7}), QStringLiteral("won")).ok);
        }
        UndoStack again(*m_db);
        QVERIFY(again.canUndo());
        QVERIFY(again.undo());
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM prospects WHERE id = 7 AND stage = 'won'")) ==
                    0 ||
                scalar(QStringLiteral(
                    "SELECT count(*) FROM activities WHERE prospect_id = 7 AND kind = 'edited'")) == 0);
    }

    void largeActionUndoesQuickly() {
        // 5,000 rows keep the test fast (seeding is the slow part); bench/review measures 100,000.
        m_db = reviewtest::openDatabase(m_dir, QStringLiteral("large%1.db").arg(++m_counter));
        reviewtest::seed(*m_db, 5000, 5);
        UndoStack undo(*m_db);
        BulkEditor editor(*m_db, undo);
        const QStringList before = reviewtest::dump(*m_db);
        QElapsedTimer timer;
        timer.start();
        const BulkResult r = editor.setStage(BulkTarget::ofQuery({}), QStringLiteral("qualified"));
        QVERIFY(r.ok);
        QVERIFY(r.affected > 4000);
        QVERIFY(undo.undo());
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(reviewtest::dump(*m_db), before);
        QVERIFY2(elapsed < 3000, qPrintable(QString::number(elapsed)));
    }
};

QTEST_GUILESS_MAIN(TestBulkEditor)
#include "tst_bulkeditor.moc"
