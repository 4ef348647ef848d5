#include "importing/deduplicator.h"
#include "importtesthelpers.h"

#include <QtTest>
#include <sqlite3.h>

using namespace prospector;
using namespace prospector::importing;
using namespace importtest;
using namespace Qt::StringLiterals;

namespace {

int interruptAlways(void *) {
    return 1;
}

} // namespace

class TestDeduplicator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void findsByEmailThenLinkedinThenName() {
        TestDatabase t;
        storage::ProspectRepository repository(*t.db);
        storage::Prospect a;
        a.email = u"a@acme.com"_s;
        const qint64 idA = repository.insert(a);
        storage::Prospect b;
        b.linkedinUrl = u"https://www.linkedin.com/in/b"_s;
        const qint64 idB = repository.insert(b);
        storage::Prospect c;
        c.firstName = u"C"_s;
        c.nameKey = u"c x|acme.com"_s;
        const qint64 idC = repository.insert(c);

        ImportStore store(t.db->connection(), 1);
        QString error;
        QVERIFY2(store.prepare(&error), qPrintable(error));
        Deduplicator dedup(store);
        QVERIFY(dedup.seed(&error));

        ExistingProspect match;
        ProspectDraft d;
        d.email = u"a@acme.com"_s;
        d.linkedinUrl = u"https://www.linkedin.com/in/b"_s;
        QCOMPARE(dedup.find(d, &match, &error), Deduplicator::Outcome::Match);
        QCOMPARE(match.id, idA); // email first
        d.email = u"new@acme.com"_s;
        QCOMPARE(dedup.find(d, &match, &error), Deduplicator::Outcome::Match);
        QCOMPARE(match.id, idB);
        d = ProspectDraft();
        d.nameKey = u"c x|acme.com"_s;
        QCOMPARE(dedup.find(d, &match, &error), Deduplicator::Outcome::Match);
        QCOMPARE(match.id, idC);
        QCOMPARE(match.values[FirstName], u"C"_s);

        // Keys nobody has are answered by the filter, without a query.
        const qint64 lookups = dedup.databaseLookups();
        d.nameKey = u"someone else|acme.com"_s;
        d.email = u"z@acme.com"_s;
        QCOMPARE(dedup.find(d, &match, &error), Deduplicator::Outcome::New);
        QCOMPARE(dedup.databaseLookups(), lookups);
        dedup.remember(d, 999);
        QCOMPARE(dedup.find(d, &match, &error), Deduplicator::Outcome::New); // confirmed: not stored
        QVERIFY(dedup.databaseLookups() > lookups);
    }

    void aFailingLookupIsAnErrorNotNew() {
        TestDatabase t;
        storage::ProspectRepository repository(*t.db);
        storage::Prospect a;
        a.email = u"a@acme.com"_s;
        QVERIFY(repository.insert(a) > 0);
        ImportStore store(t.db->connection(), 1);
        QString error;
        QVERIFY(store.prepare(&error));
        Deduplicator dedup(store);
        QVERIFY(dedup.seed(&error));
        // Every statement is interrupted from now on, as an I/O error or a busy timeout would.
        sqlite3 *handle = sqliteHandle(t.db->connection());
        sqlite3_progress_handler(handle, 1, interruptAlways, nullptr);
        ProspectDraft d;
        d.email = u"a@acme.com"_s;
        ExistingProspect match;
        error.clear();
        QCOMPARE(dedup.find(d, &match, &error), Deduplicator::Outcome::Error);
        QVERIFY(!error.isEmpty());
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    }
};

QTEST_GUILESS_MAIN(TestDeduplicator)
#include "tst_deduplicator.moc"
