// Start at login on Linux: the XDG autostart entry is written to and removed from the test's
// own XDG_CONFIG_HOME, quotes the program path as the Desktop Entry Specification asks, passes
// desktop-file-validate, and an entry the desktop switched off counts as off.
#include "autostart.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using prospector::ui::Autostart;

class TestAutostart : public QObject {
    Q_OBJECT

    QTemporaryDir m_config;

    static QByteArray read(const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    }

    void entryLivesInThePrivateConfigHome() {
        QCOMPARE(Autostart::entryLocation(),
                 m_config.filePath(QStringLiteral("autostart/app.prospector.Prospector.desktop")));
    }

    void writesAndRemovesTheEntry() {
        Autostart autostart(QStringLiteral("/opt/Prospector/bin/prospector"),
                            {QStringLiteral("--autostart")});
        QVERIFY(!autostart.isEnabled());
        QString error;
        QVERIFY2(autostart.setEnabled(true, &error), qPrintable(error));
        QVERIFY(autostart.isEnabled());
        const QByteArray entry = read(Autostart::entryLocation());
        QVERIFY2(entry.contains("\nExec=/opt/Prospector/bin/prospector --autostart\n"), entry.constData());
        QVERIFY(entry.startsWith("[Desktop Entry]\n"));
        QVERIFY(entry.contains("\nType=Application\n"));

        // Writing again replaces the entry instead of failing.
        QVERIFY2(autostart.setEnabled(true, &error), qPrintable(error));
        QVERIFY2(autostart.setEnabled(false, &error), qPrintable(error));
        QVERIFY(!QFile::exists(Autostart::entryLocation()));
        QVERIFY(!autostart.isEnabled());
        // Removing an entry that is not there is fine.
        QVERIFY2(autostart.setEnabled(false, &error), qPrintable(error));
    }

    void quotesAnAwkwardProgramPath() {
        Autostart autostart(QStringLiteral("/home/ann/My Apps/100% \"best\"/$prospector"),
                            {QStringLiteral("--autostart")});
        QString error;
        QVERIFY2(autostart.setEnabled(true, &error), qPrintable(error));
        const QByteArray entry = read(Autostart::entryLocation());
        // Quoted, with " and $ escaped by a backslash that the string escape doubles, and %% for %.
        QVERIFY2(entry.contains(R"(Exec="/home/ann/My Apps/100%% \\"best\\"/\\$prospector" --autostart)"),
                 entry.constData());
        QVERIFY(autostart.setEnabled(false, &error));
    }

    void passesDesktopFileValidate() {
        const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        QVERIFY2(!validator.isEmpty(), "desktop-file-utils is one of the test packages (scripts/deps.sh)");
        Autostart autostart(QStringLiteral("/usr/bin/prospector"), {QStringLiteral("--autostart")});
        QString error;
        QVERIFY(autostart.setEnabled(true, &error));
        QProcess validate;
        validate.start(validator, {Autostart::entryLocation()});
        QVERIFY(validate.waitForFinished(30000));
        QCOMPARE(validate.exitCode(), 0);
        QCOMPARE(validate.readAllStandardOutput().trimmed(), QByteArray());
        QVERIFY(autostart.setEnabled(false, &error));
    }

    void desktopSwitchedOffCountsAsOff() {
        Autostart autostart(QStringLiteral("/usr/bin/prospector"), {});
        QString error;
        QVERIFY(autostart.setEnabled(true, &error));
        QFile file(Autostart::entryLocation());
        QVERIFY(file.open(QIODevice::Append));
        file.write("Hidden=true\n");
        file.close();
        QVERIFY(!autostart.isEnabled());
        // Turning it on again writes a fresh entry.
        QVERIFY(autostart.setEnabled(true, &error));
        QVERIFY(autostart.isEnabled());
        QVERIFY(autostart.setEnabled(false, &error));
    }

    void unwritableFolderIsReported() {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("config"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly)); // a file where the config folder should be
        file.close();
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(blocker));
        Autostart autostart(QStringLiteral("/usr/bin/prospector"), {});
        QString error;
        QVERIFY(!autostart.setEnabled(true, &error));
        QVERIFY2(error.contains(QStringLiteral("cannot be created")), qPrintable(error));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    }
};

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
