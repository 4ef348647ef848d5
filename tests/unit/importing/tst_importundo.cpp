#include "importing/importundo.h"
#include "importtesthelpers.h"
#include "storage/importrepository.h"
#include "storage/noterepository.h"
#include "storage/tagrepository.h"

#include <QtTest>

using namespace prospector;
using namespace prospector::importing;
using namespace importtest;
using namespace Qt::StringLiterals;

namespace {

qint64 seedAda(TestDatabase &t) {
    storage::Prospect ada;
    ada.firstName = u"Ada"_s;
    ada.email = u"ada@analytical.io"_s;
    ada.hubspotId = u"hs-1"_s;
    storage::ProspectRepository repository(*t.db);
    return repository.insert(ada);
}

} // namespace

class TestImportUndo : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void removesCreatedAndRestoresChanged() {
        TestDatabase t;
        const qint64 ada = seedAda(t);
        const ImportResult r = t.import(fixture(u"duplicates.csv"_s));
        QCOMPARE(r.counts.created, 3);
        QCOMPARE(r.counts.updated, 1);
        QCOMPARE(t.text(u"SELECT title FROM prospects WHERE id = ?"_s, {ada}), u"Countess"_s);
        QCOMPARE(t.prospects(), 4);

        const ImportUndo::Result undo = ImportUndo(*t.db).undo(r.importId);
        QVERIFY2(undo.ok, qPrintable(undo.error));
        QCOMPARE(undo.removed, 3);
        QVERIFY(undo.restored >= 4); // last name, title, LinkedIn, company, domain, website, name key
        QCOMPARE(t.prospects(), 1);
        QCOMPARE(t.text(u"SELECT title FROM prospects WHERE id = ?"_s, {ada}), QString());
        QCOMPARE(t.text(u"SELECT last_name FROM prospects WHERE id = ?"_s, {ada}), QString());
        QCOMPARE(t.text(u"SELECT linkedin_url FROM prospects WHERE id = ?"_s, {ada}), u"<null>"_s);
        QCOMPARE(t.text(u"SELECT company_domain FROM prospects WHERE id = ?"_s, {ada}), u"<null>"_s);
        QCOMPARE(t.text(u"SELECT name_key FROM prospects WHERE id = ?"_s, {ada}), u"<null>"_s);
        QCOMPARE(t.text(u"SELECT hubspot_id FROM prospects WHERE id = ?"_s, {ada}), u"hs-1"_s);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM import_changes"_s), 0);
        // The search index follows: the removed prospects are gone from it too.
        QCOMPARE(t.scalar(u"SELECT count(*) FROM prospect_search"_s), 1);
        storage::ImportRepository imports(*t.db);
        QCOMPARE(imports.get(r.importId)->status, u"undone"_s);

        const ImportUndo::Result again = ImportUndo(*t.db).undo(r.importId);
        QVERIFY(!again.ok);
        QVERIFY(again.error.contains(u"already"_s));
        QVERIFY(!ImportUndo(*t.db).undo(9999).ok);
    }

    void laterEditsWin() {
        TestDatabase t;
        const qint64 ada = seedAda(t);
        const ImportResult r = t.import(fixture(u"duplicates.csv"_s));
        QSqlQuery q(t.db->connection());
        QVERIFY(q.exec(u"UPDATE prospects SET title = 'Edited by the rep' WHERE id = %1"_s.arg(ada)));
        QVERIFY(ImportUndo(*t.db).undo(r.importId).ok);
        QCOMPARE(t.text(u"SELECT title FROM prospects WHERE id = ?"_s, {ada}), u"Edited by the rep"_s);
        QCOMPARE(t.text(u"SELECT linkedin_url FROM prospects WHERE id = ?"_s, {ada}), u"<null>"_s);
    }

    void removesTagsAndNotesAddedToExistingProspects() {
        TestDatabase t;
        storage::Prospect marie;
        marie.email = u"marie.curie@radium.fr"_s;
        marie.firstName = u"Marie"_s;
        storage::ProspectRepository repository(*t.db);
        const qint64 id = repository.insert(marie);
        storage::TagRepository tags(*t.db);
        QVERIFY(tags.attach(id, u"physics"_s));
        const ImportResult r = t.import(fixture(u"generic-fullname.csv"_s));
        QCOMPARE(r.counts.updated, 1);
        QCOMPARE(tags.forProspect(id).size(), 2);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM notes WHERE prospect_id = ?"_s, {id}), 1);
        QVERIFY(ImportUndo(*t.db).undo(r.importId).ok);
        QCOMPARE(tags.forProspect(id), QStringList({u"physics"_s})); // the rep's own tag stays
        QCOMPARE(t.scalar(u"SELECT count(*) FROM notes"_s), 0);
        QCOMPARE(t.prospects(), 1);
    }

    void cancelledImportsCanBeUndone() {
        TestDatabase t;
        const ImportResult r = t.import(fixture(u"empty.csv"_s));
        QCOMPARE(r.status, u"failed"_s);
        QVERIFY(ImportUndo(*t.db).undo(r.importId).ok);
    }
};

QTEST_GUILESS_MAIN(TestImportUndo)
#include "tst_importundo.moc"
