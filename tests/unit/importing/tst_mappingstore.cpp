#include "importing/mappingstore.h"
#include "importtesthelpers.h"

#include <QtTest>

using namespace prospector::importing;
using namespace importtest;
using namespace Qt::StringLiterals;

class TestMappingStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void saveLoadListRemove() {
        TestDatabase t;
        MappingStore store(*t.db);
        ColumnMapping m;
        m.columns = {{u"Mail"_s, ImportField::Email}, {u"Who"_s, ImportField::FullName}};
        QString error;
        QVERIFY2(store.save(u"Event sheet"_s, m, &error), qPrintable(error));
        m.columns.append({u"Badge"_s, ImportField::Ignore});
        QVERIFY(store.save(u"event SHEET"_s, m, &error)); // same name, any case: updated in place
        QCOMPARE(store.names(), QStringList({u"Event sheet"_s}));
        const auto loaded = store.load(u"EVENT sheet"_s);
        QVERIFY(loaded);
        QCOMPARE(loaded->name, u"Event sheet"_s);
        QCOMPARE(loaded->columns.size(), 3);
        QCOMPARE(loaded->columns.at(1).field, ImportField::FullName);
        QVERIFY(!store.load(u"nope"_s));
        QVERIFY(store.remove(u"event sheet"_s, &error));
        QVERIFY(store.names().isEmpty());
    }

    void presetNamesAreReserved() {
        TestDatabase t;
        MappingStore store(*t.db);
        QString error;
        QVERIFY(!store.save(u"apollo"_s, ColumnMapping(), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!store.save(u"Auto"_s, ColumnMapping(), &error));
        QVERIFY(!store.save(u"  "_s, ColumnMapping(), &error));
    }

    void savedMappingDrivesAnImport() {
        TestDatabase t;
        MappingStore store(*t.db);
        ColumnMapping m;
        // Treat "Company" as a custom field instead of the company.
        m.columns = {{u"Company"_s, ImportField::Custom}, {u"Email"_s, ImportField::Email}};
        QString error;
        QVERIFY(store.save(u"Odd"_s, m, &error));
        ImportOptions options;
        options.filePath = fixture(u"utf8-comma-lf.csv"_s);
        options.mapping = store.load(u"Odd"_s);
        options.reportsDir = t.dir.path();
        ImportJob job(*t.db, options);
        job.run();
        QCOMPARE(job.result().counts.created, 3);
        QCOMPARE(job.result().mappingName, u"Odd"_s);
        const auto zoe = t.byEmail(u"zoe@nordic.se"_s);
        QCOMPARE(zoe->companyName, QString());
        QCOMPARE(zoe->customFields.value(u"Company"_s).toString(), u"Nordic Optics"_s);
        QCOMPARE(zoe->firstName, u"Zo\u00eb"_s); // columns the mapping does not name are auto-mapped
    }
};

QTEST_GUILESS_MAIN(TestMappingStore)
#include "tst_mappingstore.moc"
