#include "importing/identityindex.h"
#include "importing/keyfilter.h"

#include <QSet>
#include <QtTest>

using namespace prospector::importing;
using namespace Qt::StringLiterals;

class TestIdentityIndex : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Every id entered under a fingerprint comes back, whatever the growth on the way; equal
    // fingerprints of different keys (collisions) are all kept, and repeats are not duplicated.
    void keepsEveryCandidate() {
        IdentityIndex index;
        for (quint32 id = 1; id <= 50000; ++id)
            index.insert(KeyFilter::hash(KeyFilter::Kind::Email, QString(u"user%1@acme.io"_s).arg(id)), id);
        index.insert(KeyFilter::hash(KeyFilter::Kind::Email, u"user7@acme.io"_s), 7);     // again
        index.insert(KeyFilter::hash(KeyFilter::Kind::Email, u"user7@acme.io"_s), 90001); // a second holder
        QCOMPARE(index.size(), 50001);
        for (quint32 id = 1; id <= 50000; ++id) {
            QSet<quint32> found;
            index.forEachCandidate(
                KeyFilter::hash(KeyFilter::Kind::Email, QString(u"user%1@acme.io"_s).arg(id)),
                [&](quint32 candidate) { found.insert(candidate); });
            QVERIFY(found.contains(id));
        }
        QSet<quint32> seven;
        index.forEachCandidate(KeyFilter::hash(KeyFilter::Kind::Email, u"user7@acme.io"_s),
                               [&](quint32 candidate) { seven.insert(candidate); });
        QVERIFY(seven.contains(7) && seven.contains(90001));
        int none = 0;
        index.forEachCandidate(KeyFilter::hash(KeyFilter::Kind::Email, u"nobody@acme.io"_s),
                               [&](quint32) { ++none; });
        QVERIFY(none <= 1); // a 32-bit collision is possible, never a miss
    }

    void reserveAvoidsGrowth() {
        IdentityIndex index;
        index.reserve(1000);
        for (quint32 id = 1; id <= 1000; ++id)
            index.insert(id * 2654435761u | 1u, id);
        QCOMPARE(index.size(), 1000);
        index.clear();
        QCOMPARE(index.size(), 0);
        int visits = 0;
        index.forEachCandidate(1u, [&](quint32) { ++visits; });
        QCOMPARE(visits, 0);
    }
};

QTEST_GUILESS_MAIN(TestIdentityIndex)
#include "tst_identityindex.moc"
