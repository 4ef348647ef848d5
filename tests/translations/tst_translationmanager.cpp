#include "translationmanager.h"

#include <QCoreApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using prospector::ui::TranslationManager;

namespace {

QString settingsText() {
    return QCoreApplication::translate("NavigationRail", "Settings");
}

} // namespace

class TestTranslationManager : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        QVERIFY(m_dir.isValid());
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_settings->clear();
        qunsetenv(TranslationManager::kPseudoEnvironmentVariable);
    }

    void offersEveryEmbeddedCatalog() {
        TranslationManager manager(*m_settings);
        QCOMPARE(manager.availableLanguageCodes(),
                 (QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}));
        QCOMPARE(manager.languages().at(0).toMap().value(QStringLiteral("name")).toString(),
                 QStringLiteral("English"));
        const QVariantMap french = manager.languages().at(2).toMap();
        QCOMPARE(french.value(QStringLiteral("code")).toString(), QStringLiteral("fr"));
        QCOMPARE(french.value(QStringLiteral("name")).toString(), QStringLiteral("Français"));
    }

    void switchesAndRemembersTheLanguage() {
        {
            TranslationManager manager(*m_settings);
            manager.setLanguage(QStringLiteral("en"));
            QCOMPARE(settingsText(), QStringLiteral("Settings"));
            QSignalSpy changed(&manager, &TranslationManager::languageChanged);
            manager.setLanguage(QStringLiteral("de"));
            QCOMPARE(changed.count(), 1);
            QCOMPARE(settingsText(), QStringLiteral("Einstellungen"));
            manager.setLanguage(QStringLiteral("fr"));
            QCOMPARE(settingsText(), QStringLiteral("Paramètres"));
        }
        QCOMPARE(settingsText(), QStringLiteral("Settings")); // its translators leave with it
        TranslationManager restarted(*m_settings);
        QCOMPARE(restarted.language(), QStringLiteral("fr"));
        QCOMPARE(settingsText(), QStringLiteral("Paramètres"));
    }

    void unknownLanguageFallsBackToEnglish() {
        TranslationManager manager(*m_settings);
        manager.setLanguage(QStringLiteral("de"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no catalog for language")));
        manager.setLanguage(QStringLiteral("xx"));
        QCOMPARE(settingsText(), QStringLiteral("Settings"));
        // English with its plural forms, not the "(s)" of the source texts.
        QCOMPARE(QCoreApplication::translate("Autopilot",
                                             "%1 could not be reached; %n write(s) wait in the outbox and go "
                                             "out later.",
                                             nullptr, 1),
                 QStringLiteral("%1 could not be reached; 1 write waits in the outbox and goes out later."));
    }

    void retranslatesTheEngine() {
        QQmlEngine engine;
        TranslationManager manager(*m_settings);
        manager.setLanguage(QStringLiteral("en"));
        manager.setEngine(&engine);
        QQmlComponent component(&engine);
        // qsTr's context is the file's base name, so this file translates like NavigationRail.qml.
        component.setData("import QtQml\nQtObject { property string label: qsTr(\"Settings\") }",
                          QUrl(QStringLiteral("file:///virtual/NavigationRail.qml")));
        std::unique_ptr<QObject> object(component.create());
        QVERIFY2(object, qPrintable(component.errorString()));
        QCOMPARE(object->property("label").toString(), QStringLiteral("Settings"));
        manager.setLanguage(QStringLiteral("de"));
        QCOMPARE(object->property("label").toString(), QStringLiteral("Einstellungen"));
    }

    void pseudoLocalizationFromTheEnvironment() {
        qputenv(TranslationManager::kPseudoEnvironmentVariable, "1");
        TranslationManager manager(*m_settings);
        QVERIFY(manager.pseudoLocalization());
        QVERIFY2(settingsText().startsWith(u'[') && settingsText().size() > 10, qPrintable(settingsText()));
        manager.setPseudoLocalization(false);
        QCOMPARE(settingsText(), QStringLiteral("Settings"));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
};

QTEST_GUILESS_MAIN(TestTranslationManager)

#include "tst_translationmanager.moc"
