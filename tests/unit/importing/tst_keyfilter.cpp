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
        // Equal fingerprints are stored once: a birthday collision or two among 100,000 keys.
        QVERIFY(filter.size() > 99990 && filter.size() <= 100000);
        for (int i = 0; i < 100000; i += 997)
            QVERIFY(filter.contains(KeyFilter::hash(KeyFilter::Kind::Email,
                                                    QString(u"user"_s + QString::number(i) + u"@x.io"_s))));
        int falsePositives = 0;
        for (int i = 0; i < 10000; ++i)
            falsePositives += filter.contains(
                KeyFilter::hash(KeyFilter::Kind::Email, QString(u"other"_s + QString::number(i))));
        // 32-bit fingerprints: about 10,000 x 100,000 / 2^32 = 0.2 expected; each costs a lookup only.
        QVERIFY(falsePositives < 5);
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
