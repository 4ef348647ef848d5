// ICP rules: each kind matches what it should, weights become a 0-100 score with reasons, tiers
// follow the thresholds, and rule sets survive a JSON round trip (and refuse damaged JSON).
#include "scoring/prospectscorer.h"

#include <QJsonArray>
#include <QtTest>

using namespace prospector;
using namespace prospector::scoring;

namespace {

ScoringRule rule(ScoringRule::Kind kind, QStringList values, int weight) {
    ScoringRule r;
    r.kind = kind;
    r.values = std::move(values);
    r.weight = weight;
    return r;
}

storage::Prospect prospect() {
    storage::Prospect p;
    p.title = QStringLiteral("VP of Sales");
    p.industry = QStringLiteral("Software");
    p.companySize = QStringLiteral("51-200");
    p.country = QStringLiteral("FR");
    p.email = QStringLiteral("a@b.io");
    p.customFields.insert(QStringLiteral("Plan"), QStringLiteral("Enterprise"));
    return p;
}

} // namespace

class TestProspectScorer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void seniority_data() {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("level");
        QTest::newRow("ceo") << QStringLiteral("CEO & Founder") << QStringLiteral("c_level");
        QTest::newRow("chief") << QStringLiteral("Chief Revenue Officer") << QStringLiteral("c_level");
        QTest::newRow("vp") << QStringLiteral("VP Sales Operations Manager") << QStringLiteral("vp");
        QTest::newRow("vice") << QStringLiteral("Vice President, Marketing") << QStringLiteral("vp");
        QTest::newRow("director") << QStringLiteral("Director of Growth") << QStringLiteral("director");
        QTest::newRow("head") << QStringLiteral("Head of People") << QStringLiteral("head");
        QTest::newRow("manager") << QStringLiteral("Account Manager") << QStringLiteral("manager");
        QTest::newRow("senior") << QStringLiteral("Sr. Engineer") << QStringLiteral("senior");
        QTest::newRow("ic") << QStringLiteral("Engineer") << QStringLiteral("individual");
        QTest::newRow("not a word") << QStringLiteral("Overhead analyst") << QStringLiteral("individual");
        QTest::newRow("empty") << QString() << QString();
    }
    void seniority() {
        QFETCH(QString, title);
        QFETCH(QString, level);
        QCOMPARE(seniorityOf(title), level);
    }

    void companySizes_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("min");
        QTest::addColumn<int>("max");
        QTest::newRow("range") << QStringLiteral("51-200") << 51 << 200;
        QTest::newRow("plus") << QStringLiteral("1,000+") << 1000 << -1;
        QTest::newRow("words") << QStringLiteral("10 to 50 employees") << 10 << 50;
        QTest::newRow("single") << QStringLiteral("120") << 120 << 120;
        QTest::newRow("k") << QStringLiteral("5k-10k") << 5000 << 10000;
    }
    void companySizes() {
        QFETCH(QString, text);
        QFETCH(int, min);
        QFETCH(int, max);
        int a = 0;
        int b = 0;
        QVERIFY(parseCompanySize(text, &a, &b));
        QCOMPARE(a, min);
        QCOMPARE(b, max);
        QVERIFY(!parseCompanySize(QStringLiteral("unknown"), &a, &b));
    }

    void eachRuleKindMatches() {
        using Kind = ScoringRule::Kind;
        const storage::Prospect p = prospect();
        ScoringRule size = rule(Kind::CompanySize, {}, 10);
        size.minSize = 100;
        size.maxSize = 500;
        ScoringRule tooBig = size;
        tooBig.minSize = 1000;
        tooBig.maxSize = -1;
        ScoringRule custom = rule(Kind::CustomFieldEquals, {QStringLiteral("enterprise")}, 10);
        custom.field = QStringLiteral("plan");
        const RuleSet set{{rule(Kind::TitleKeyword, {QStringLiteral("sales")}, 10),
                           rule(Kind::TitleKeyword, {QStringLiteral("sale")}, 10), // whole words only
                           rule(Kind::Seniority, {QStringLiteral("vp")}, 10),
                           rule(Kind::Industry, {QStringLiteral("software")}, 10), size, tooBig,
                           rule(Kind::Country, {QStringLiteral("fr"), QStringLiteral("DE")}, 10),
                           rule(Kind::HasEmail, {}, 10), rule(Kind::HasLinkedin, {}, 10), custom},
                          {}};
        const ProspectScorer scorer(set);
        const QList<bool> expected = {true, false, true, true, true, false, true, true, false, true};
        for (qsizetype i = 0; i < expected.size(); ++i)
            QVERIFY2(scorer.matches(scorer.ruleSet().rules.at(i), p) == expected.at(i),
                     qPrintable(QString::number(i)));
    }

    void scoreIsShareOfPositiveWeightsWithReasons() {
        using Kind = ScoringRule::Kind;
        RuleSet set{{rule(Kind::Seniority, {QStringLiteral("vp")}, 30), rule(Kind::HasEmail, {}, 20),
                     rule(Kind::HasLinkedin, {}, 50), rule(Kind::Country, {QStringLiteral("FR")}, -10)},
                    {70, 40}};
        const ScoreResult r = ProspectScorer(set).score(prospect());
        QCOMPARE(r.score, 40); // (30 + 20 - 10) / 100
        QCOMPARE(r.tier, QStringLiteral("warm"));
        QCOMPARE(r.reasons.size(), 3);
        QVERIFY(r.reasons.at(0).startsWith(QStringLiteral("+30 ")));
        QVERIFY(r.reasons.at(2).startsWith(QStringLiteral("-10 ")));

        set.rules[2].enabled = false; // disabled rules neither count nor weigh
        QCOMPARE(ProspectScorer(set).score(prospect()).score, 80);
        QCOMPARE(ProspectScorer(set).score(prospect()).tier, QStringLiteral("hot"));

        storage::Prospect nobody;
        nobody.country = QStringLiteral("FR");
        QCOMPARE(ProspectScorer(set).score(nobody).score, 0); // clamped, never negative
        QCOMPARE(ProspectScorer(set).score(nobody).tier, QStringLiteral("cold"));
        QCOMPARE(ProspectScorer(RuleSet{}).score(prospect()).score, 0);
    }

    void jsonRoundTripAndRefusal() {
        const RuleSet defaults = RuleSet::defaults();
        RuleSet copy;
        QString error;
        QVERIFY2(RuleSet::fromJson(defaults.toJson(), &copy, &error), qPrintable(error));
        QVERIFY(copy == defaults);

        QJsonObject bad = defaults.toJson();
        bad.insert(QStringLiteral("thresholds"),
                   QJsonObject{{QStringLiteral("hot"), 30}, {QStringLiteral("warm"), 60}});
        QVERIFY(!RuleSet::fromJson(bad, &copy, &error));
        QVERIFY(!error.isEmpty());
        QJsonObject unknownKind{{QStringLiteral("rules"),
                                 QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("astrology")},
                                                        {QStringLiteral("weight"), 5}}}}};
        QVERIFY(!RuleSet::fromJson(unknownKind, &copy, &error));
        QJsonObject noValues{
            {QStringLiteral("rules"),
             QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("title_keyword")},
                                    {QStringLiteral("weight"), 5}}}}};
        QVERIFY(!RuleSet::fromJson(noValues, &copy, &error));
        QJsonObject hugeWeight{{QStringLiteral("rules"),
                                QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("has_email")},
                                                       {QStringLiteral("weight"), 1000}}}}};
        QVERIFY(!RuleSet::fromJson(hugeWeight, &copy, &error));
    }
};

QTEST_GUILESS_MAIN(TestProspectScorer)
#include "tst_prospectscorer.moc"
