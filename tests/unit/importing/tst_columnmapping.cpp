#include "importing/columnmapping.h"
#include "importing/mappingpresets.h"

#include <QtTest>

using namespace prospector::importing;
using namespace Qt::StringLiterals;

class TestColumnMapping : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void jsonRoundTrip() {
        ColumnMapping m;
        m.name = u"My Apollo"_s;
        m.columns = {{u"Mail"_s, ImportField::Email},
                     {u"Who"_s, ImportField::FullName},
                     {u"Junk"_s, ImportField::Ignore},
                     {u"Score"_s, ImportField::Custom}};
        const ColumnMapping back = ColumnMapping::fromJson(m.toJson());
        QCOMPARE(back.name, m.name);
        QCOMPARE(back.columns.size(), 4);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(back.columns.at(i).header, m.columns.at(i).header);
            QCOMPARE(back.columns.at(i).field, m.columns.at(i).field);
        }
        QCOMPARE(fieldFromKey(u"from-the-future"_s), ImportField::Custom);
    }

    void retargetMatchesByHeaderNotPosition() {
        ColumnMapping saved;
        saved.name = u"Event sheet"_s;
        saved.columns = {{u"Mail"_s, ImportField::Email},
                         {u"Who"_s, ImportField::FullName},
                         {u"Badge"_s, ImportField::Ignore}};
        // Next month's file: columns moved, one renamed by case, one new.
        const QStringList headers = {u"WHO"_s, u"Company"_s, u"mail"_s, u"Badge"_s};
        const ColumnMapping result = saved.retargeted(headers, MappingPresets::map(headers, u"generic"_s));
        QCOMPARE(result.name, u"Event sheet"_s);
        QCOMPARE(result.columns.size(), 4);
        QCOMPARE(result.columns.at(0).field, ImportField::FullName);
        QCOMPARE(result.columns.at(1).field, ImportField::Company); // new column: auto-mapped
        QCOMPARE(result.columns.at(2).field, ImportField::Email);
        QCOMPARE(result.columns.at(3).field, ImportField::Ignore);
        QCOMPARE(result.columns.at(2).header, u"mail"_s);
    }

    void customKey() {
        QCOMPARE(ColumnMapping::customKey(u"  Lead  Score "_s, 3), u"Lead Score"_s);
        QCOMPARE(ColumnMapping::customKey(QString(), 3), u"column_4"_s);
    }
};

QTEST_GUILESS_MAIN(TestColumnMapping)
#include "tst_columnmapping.moc"
