#include "sync/replyclassifier/replyclassifier.h"
#include "sync/replyclassifier/replytextnormalizer.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

using namespace prospector::sync;

// The labelled corpus lives in tests/fixtures/replies/*.json: [{id, text, label, opt_out}].
class TestReplyClassifier : public QObject {
    Q_OBJECT

    static QJsonArray corpus() {
        QJsonArray all;
        const QDir dir(QStringLiteral(PROSPECTOR_FIXTURES_DIR "/replies"));
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                qFatal("cannot read corpus file");
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
            if (error.error != QJsonParseError::NoError || !doc.isArray())
                qFatal("corpus file is not a JSON array");
            for (const QJsonValue &entry : doc.array())
                all.append(entry);
        }
        return all;
    }

private Q_SLOTS:
    void corpusIsLargeAndCoversEveryLabel() {
        const QJsonArray all = corpus();
        QVERIFY2(all.size() >= 60, qPrintable(QString::number(all.size())));
        QSet<QString> labels, ids;
        int optOuts = 0;
        for (const QJsonValue &entry : all) {
            const QJsonObject o = entry.toObject();
            ReplyLabel label;
            QVERIFY2(replyLabelFromName(o.value(QStringLiteral("label")).toString(), &label),
                     qPrintable(o.value(QStringLiteral("id")).toString()));
            labels.insert(o.value(QStringLiteral("label")).toString());
            ids.insert(o.value(QStringLiteral("id")).toString());
            optOuts += o.value(QStringLiteral("opt_out")).toBool() ? 1 : 0;
        }
        QCOMPARE(ids.size(), all.size()); // ids are unique, so every data row below is distinct
        QCOMPARE(labels.size(), 4);
        QVERIFY(optOuts >= 10);
    }

    void classifiesTheLabelledCorpus_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("label");
        QTest::addColumn<bool>("optOut");
        const QJsonArray all = corpus();
        for (const QJsonValue &entry : all) {
            const QJsonObject o = entry.toObject();
            QTest::newRow(qPrintable(o.value(QStringLiteral("id")).toString()))
                << o.value(QStringLiteral("text")).toString() << o.value(QStringLiteral("label")).toString()
                << o.value(QStringLiteral("opt_out")).toBool();
        }
    }

    void classifiesTheLabelledCorpus() {
        QFETCH(QString, text);
        QFETCH(QString, label);
        QFETCH(bool, optOut);
        const ReplyClassifier classifier;
        const ReplyClassification result = classifier.classify(text);
        const QString why = QStringLiteral("rule %1 matched \"%2\" in \"%3\"")
                                .arg(result.rule, result.matched, ReplyTextNormalizer::normalize(text));
        QVERIFY2(replyLabelName(result.label) == label, qPrintable(why));
        QVERIFY2(result.optOut == optOut, qPrintable(why));
        // An opt-out is always negative (it also goes to the suppression list).
        if (result.optOut)
            QCOMPARE(result.label, ReplyLabel::Negative);
    }

    void rulesAreAppliedInOrder() {
        const ReplyClassifier classifier;
        // "interested" is positive on its own, but negation is read first...
        QCOMPARE(classifier.classify(QStringLiteral("Interested")).rule, QStringLiteral("positive_intent"));
        QCOMPARE(classifier.classify(QStringLiteral("Not interested")).rule, QStringLiteral("negation"));
        // ...and an opt-out beats both.
        const auto optOut = classifier.classify(QStringLiteral("Not interested, unsubscribe me"));
        QCOMPARE(optOut.rule, QStringLiteral("opt_out"));
        QVERIFY(optOut.optOut);
        // Positive intent beats an info request and a polite rejection in the same reply.
        QCOMPARE(
            classifier.classify(QStringLiteral("Unfortunately busy today, but let's talk. Pricing?")).label,
            ReplyLabel::Positive);
        QCOMPARE(classifier.classify(QString()).rule, QStringLiteral("default"));
    }

    void customRulesReplaceTheDefaults() {
        ReplyRule onlyRule;
        onlyRule.name = QStringLiteral("ping");
        onlyRule.label = ReplyLabel::Positive;
        onlyRule.patterns << QRegularExpression(QStringLiteral("\\bping\\b"));
        const ReplyClassifier classifier({onlyRule});
        QCOMPARE(classifier.classify(QStringLiteral("PING")).label, ReplyLabel::Positive);
        QCOMPARE(classifier.classify(QStringLiteral("Unsubscribe")).label, ReplyLabel::Neutral);
    }

    void normalizerFoldsAndStrips_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("case accents quotes")
            << QStringLiteral("Ça M’INTÉRESSE «vraiment»") << QStringLiteral("ca m'interesse \"vraiment\"");
        QTest::newRow("eszett") << QStringLiteral("Grüße") << QStringLiteral("grusse");
        QTest::newRow("quoted lines") << QStringLiteral("Yes\n> no\n> unsubscribe") << QStringLiteral("yes");
        QTest::newRow("gmail two-line header")
            << QStringLiteral(
                   "Ok\r\nOn Mon, 3 Mar 2025 at 10:00, Very Long Name <a@b.c>\r\nwrote:\r\nold text")
            << QStringLiteral("ok");
        QTest::newRow("french header")
            << QStringLiteral("D'accord\nLe 3 mars 2025, Sam a écrit :\nvieux") << QStringLiteral("d'accord");
        QTest::newRow("german header")
            << QStringLiteral("Gut\nAm 03.03.2025 schrieb Sam <s@v.io>:\nalt") << QStringLiteral("gut");
        QTest::newRow("original message")
            << QStringLiteral("Fine\n-----Original Message-----\nFrom: x") << QStringLiteral("fine");
        QTest::newRow("signature dashes")
            << QStringLiteral("Call me\n-- \nJo\nCEO") << QStringLiteral("call me");
        QTest::newRow("sign-off") << QStringLiteral("Sure thing\n\nBest regards,\nJo")
                                  << QStringLiteral("sure thing");
        QTest::newRow("mobile footer") << QStringLiteral("OK\nSent from my iPhone") << QStringLiteral("ok");
        QTest::newRow("lone thanks kept") << QStringLiteral("Thanks!") << QStringLiteral("thanks!");
        QTest::newRow("thanks in a sentence kept")
            << QStringLiteral("Thanks, I'm interested\nJo") << QStringLiteral("thanks, i'm interested jo");
        QTest::newRow("whitespace") << QStringLiteral("  a \t\n\n b  ") << QStringLiteral("a b");
    }

    void normalizerFoldsAndStrips() {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(ReplyTextNormalizer::normalize(input), expected);
    }
};

QTEST_GUILESS_MAIN(TestReplyClassifier)
#include "tst_replyclassifier.moc"
