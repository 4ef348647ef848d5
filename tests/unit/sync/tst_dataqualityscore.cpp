#include "sync/dataqualityscore.h"

#include <QJsonArray>
#include <QtTest>

using namespace prospector::sync;

class TestDataQualityScore : public QObject {
    Q_OBJECT

    static QualityInput complete() {
        QualityInput in;
        in.email = QStringLiteral("ann@acme.io");
        in.emailStatus = QStringLiteral("valid");
        in.phone = QStringLiteral("+33 1 23 45 67 89");
        in.linkedinUrl = QStringLiteral("https://www.linkedin.com/in/ann-lee");
        in.firstName = QStringLiteral("Ann");
        in.lastName = QStringLiteral("Lee");
        in.title = QStringLiteral("CFO");
        in.companyName = QStringLiteral("Acme");
        in.companyDomain = QStringLiteral("acme.io");
        in.industry = QStringLiteral("Software");
        in.companySize = QStringLiteral("51-200");
        in.country = QStringLiteral("France");
        return in;
    }

    static QualityComponent part(const QualityScore &s, const QString &field) {
        for (const QualityComponent &c : s.components)
            if (c.field == field)
                return c;
        return {};
    }

private Q_SLOTS:
    void completeVerifiedProspectScores100() {
        const QualityScore s = DataQualityScorer::score(complete());
        QCOMPARE(s.total, 100);
        int max = 0;
        for (const QualityComponent &c : s.components) {
            QCOMPARE(c.points, c.maxPoints);
            max += c.maxPoints;
        }
        QCOMPARE(max, 100);
        QCOMPARE(part(s, QStringLiteral("email")).quality, FieldQuality::Verified);
    }

    void emptyProspectScoresZeroWithEveryFieldMissing() {
        const QualityScore s = DataQualityScorer::score({});
        QCOMPARE(s.total, 0);
        QCOMPARE(s.components.size(), 7);
        for (const QualityComponent &c : s.components)
            QCOMPARE(c.quality, FieldQuality::Missing);
    }

    void emailVerificationDrivesTheEmailPoints_data() {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("points");
        QTest::addColumn<int>("quality");
        QTest::newRow("verified") << "a@b.io"
                                  << "valid" << 30 << int(FieldQuality::Verified);
        QTest::newRow("catch-all") << "a@b.io"
                                   << "catch-all" << 20 << int(FieldQuality::Valid);
        QTest::newRow("unverified syntax ok") << "a@b.io"
                                              << "" << 15 << int(FieldQuality::Valid);
        QTest::newRow("reported invalid") << "a@b.io"
                                          << "invalid" << 0 << int(FieldQuality::Invalid);
        QTest::newRow("bad syntax") << "a@@b"
                                    << "valid" << 0 << int(FieldQuality::Invalid);
        QTest::newRow("no tld") << "a@localhost"
                                << "" << 0 << int(FieldQuality::Invalid);
        QTest::newRow("missing") << ""
                                 << "valid" << 0 << int(FieldQuality::Missing);
    }

    void emailVerificationDrivesTheEmailPoints() {
        QFETCH(QString, email);
        QFETCH(QString, status);
        QFETCH(int, points);
        QFETCH(int, quality);
        QualityInput in = complete();
        in.email = email;
        in.emailStatus = status;
        const QualityScore s = DataQualityScorer::score(in);
        QCOMPARE(part(s, QStringLiteral("email")).points, points);
        QCOMPARE(int(part(s, QStringLiteral("email")).quality), quality);
        QCOMPARE(s.total, 70 + points);
    }

    void otherFieldsArePresentValidOrInvalid() {
        QualityInput in = complete();
        in.phone = QStringLiteral("call me maybe");
        in.linkedinUrl = QStringLiteral("linkedin.com/in/ann?trk=x");
        in.lastName.clear();
        in.companyDomain = QStringLiteral("not a domain");
        in.country.clear();
        const QualityScore s = DataQualityScorer::score(in);
        QCOMPARE(part(s, QStringLiteral("phone")).quality, FieldQuality::Invalid);
        QCOMPARE(part(s, QStringLiteral("phone")).points, 5);
        QCOMPARE(part(s, QStringLiteral("linkedin")).quality, FieldQuality::Present);
        QCOMPARE(part(s, QStringLiteral("linkedin")).points, 5);
        QCOMPARE(part(s, QStringLiteral("name")).points, 5);
        QCOMPARE(part(s, QStringLiteral("company")).quality, FieldQuality::Invalid);
        QCOMPARE(part(s, QStringLiteral("company")).points, 5);
        QCOMPARE(part(s, QStringLiteral("firmographics")).points, 7);
        QCOMPARE(s.total, 30 + 5 + 5 + 5 + 10 + 5 + 7);
        QualityInput phoneOnly;
        phoneOnly.phone = QStringLiteral("(555) 555-1234");
        QCOMPARE(DataQualityScorer::score(phoneOnly).total, 15);
        phoneOnly.phone = QStringLiteral("12");
        QCOMPARE(DataQualityScorer::score(phoneOnly).total, 5);
    }

    void breakdownIsExportedAsJson() {
        const QJsonObject json = DataQualityScorer::score(complete()).toJson();
        QCOMPARE(json.value(QStringLiteral("score")).toInt(), 100);
        const QJsonArray parts = json.value(QStringLiteral("components")).toArray();
        QCOMPARE(parts.size(), 7);
        QCOMPARE(parts.first().toObject().value(QStringLiteral("field")).toString(), QStringLiteral("email"));
        QCOMPARE(parts.first().toObject().value(QStringLiteral("quality")).toString(),
                 QStringLiteral("verified"));
    }
};

QTEST_GUILESS_MAIN(TestDataQualityScore)
#include "tst_dataqualityscore.moc"
