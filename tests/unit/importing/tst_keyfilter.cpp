#include "importing/keyfilter.h"

#include <QtTest>

using namespace prospector::importing;
using namespace Qt::StringLiterals;

class TestKeyFilter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void containsWhatWasInserted() {
        KeyFilter filter;
        QVERIFY(!filter.contains(KeyFilter::hash(KeyFilter::Kind::Email, u"a@b.io")));
        for (int i = 0; i < 100000; ++i)
            filter.insert(KeyFilter::hash(KeyFilter::Kind::Email,
                                          QString(u"user"_s + QString::number(i) + u"@x.io"_s)));
        QCOMPARE(filter.size(), 100000);
        for (int i = 0; i < 100000; i += 997)
            QVERIFY(filter.contains(KeyFilter::hash(KeyFilter::Kind::Email,
                                                    QString(u"user"_s + QString::number(i) + u"@x.io"_s))));
        int falsePositives = 0;
        for (int i = 0; i < 10000; ++i)
            falsePositives += filter.contains(
                KeyFilter::hash(KeyFilter::Kind::Email, QString(u"other"_s + QString::number(i))));
        QCOMPARE(falsePositives, 0); // 64-bit hashes: a collision here would be astronomically unlucky
    }

    void kindsDoNotCollide() {
        KeyFilter filter;
        filter.insert(KeyFilter::hash(KeyFilter::Kind::Email, u"same"));
        QVERIFY(!filter.contains(KeyFilter::hash(KeyFilter::Kind::NameKey, u"same")));
        filter.insert(KeyFilter::hash(KeyFilter::Kind::Email, u"same"));
        QCOMPARE(filter.size(), 1);
        filter.clear();
        QVERIFY(!filter.contains(KeyFilter::hash(KeyFilter::Kind::Email, u"same")));
    }
};

QTEST_GUILESS_MAIN(TestKeyFilter)
#include "tst_keyfilter.moc"
