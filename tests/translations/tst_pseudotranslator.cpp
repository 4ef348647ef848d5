#include "pseudotranslator.h"

#include <QTest>

using prospector::ui::PseudoTranslator;

class TestPseudoTranslator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void lengthensByAboutFortyPercentWithAccents() {
        const QString source = QStringLiteral("Interface language");
        const QString pseudo = PseudoTranslator::pseudoLocalize(source);
        QVERIFY2(pseudo.startsWith(u'[') && pseudo.endsWith(u']'), qPrintable(pseudo));
        QVERIFY2(pseudo.size() >= source.size() * 1.35, qPrintable(pseudo));
        QVERIFY2(pseudo.size() <= source.size() * 1.6, qPrintable(pseudo));
        QVERIFY2(pseudo.contains(QStringLiteral("Îñtérfáçé")), qPrintable(pseudo));
    }

    void keepsPlaceholdersMnemonicsAndMarkup() {
        const QString pseudo = PseudoTranslator::pseudoLocalize(
            QStringLiteral("&Save %1 of %L2 — %n file(s), 100%% <b>now</b>"));
        for (const char *kept : {"%1", "%L2", "%n", "%%", "<b>", "</b>", "&"})
            QVERIFY2(pseudo.contains(QString::fromLatin1(kept)), kept);
        // Still usable with arg(): the placeholders are real ones.
        QVERIFY(PseudoTranslator::pseudoLocalize(QStringLiteral("Version %1"))
                    .arg(QStringLiteral("9.9"))
                    .contains(QStringLiteral("9.9")));
    }

    void shortStringsStillGrow() {
        QVERIFY(PseudoTranslator::pseudoLocalize(QStringLiteral("OK")).size() >= 6);
        QCOMPARE(PseudoTranslator::pseudoLocalize(QString()), QString());
    }

    void translatesEveryContext() {
        PseudoTranslator translator;
        QVERIFY(!translator.isEmpty());
        QCOMPARE(translator.translate("Any", "Settings"),
                 PseudoTranslator::pseudoLocalize(QStringLiteral("Settings")));
        QCOMPARE(translator.translate("Any", ""), QString());
        QCOMPARE(translator.translate("Any", nullptr), QString());
    }
};

QTEST_GUILESS_MAIN(TestPseudoTranslator)

#include "tst_pseudotranslator.moc"
