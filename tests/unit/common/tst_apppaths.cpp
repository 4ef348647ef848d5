#include "common/apppaths.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using prospector::AppPaths;

class TestAppPaths : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { qunsetenv("PROSPECTOR_DATA_DIR"); }

    void explicitOverrideWinsOverEnvironment() {
        qputenv("PROSPECTOR_DATA_DIR", "/tmp/from-env");
        QCOMPARE(AppPaths::resolve(QStringLiteral("/tmp/from-flag")).dataDir(),
                 QStringLiteral("/tmp/from-flag"));
        QCOMPARE(AppPaths::resolve({}).dataDir(), QStringLiteral("/tmp/from-env"));
    }

    void defaultsToTheAppDataLocation() {
        QCoreApplication::setApplicationName(QStringLiteral("ProspectorTest"));
        const QString dir = AppPaths::resolve({}).dataDir();
        QVERIFY(!dir.isEmpty());
        QVERIFY(dir.contains(QStringLiteral("ProspectorTest")));
    }

    void derivedPathsLiveInsideTheDataDir() {
        QTemporaryDir tmp;
        const AppPaths paths(tmp.filePath(QStringLiteral("nested/data")));
        QVERIFY(paths.databaseFile().startsWith(paths.dataDir()));
        QVERIFY(paths.logDir().startsWith(paths.dataDir()));
        QString error;
        QVERIFY(paths.ensureExists(&error));
        QVERIFY(QDir(paths.logDir()).exists());
        QVERIFY(QDir(paths.reportsDir()).exists());
    }

    void reportsDirectoriesThatCannotBeCreated() {
        const AppPaths paths(QStringLiteral("/proc/definitely/not/writable"));
        QString error;
        QVERIFY(!paths.ensureExists(&error));
        QVERIFY(error.contains(QStringLiteral("/proc/definitely")));
    }
};

QTEST_GUILESS_MAIN(TestAppPaths)
#include "tst_apppaths.moc"
