// The README's hero shot, taken from the real application: a fresh data folder, the bundled
// sample prospects imported and scored, the sandbox pipeline run (enrich, sync, enroll) from the
// command line, then the window opened in sandbox mode and grabbed once it has settled
// (PROSPECTOR_SNAPSHOT), then the Prospects page with the sync states (PROSPECTOR_SNAPSHOT_PAGES).
// scripts/update-screenshots.sh copies the pictures it leaves in the test's working directory
// (main-window.png, prospects.png) to resources/screenshots/.
#include "prospectorprocess.h"

#include <QColor>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using prospector::testing::runProspector;

namespace {

// Distinct colours on a coarse grid: a blank or half-drawn window has one or two.
int distinctColours(const QImage &image) {
    QSet<QRgb> seen;
    for (int x = 5; x < image.width(); x += 23)
        for (int y = 5; y < image.height(); y += 29)
            seen.insert(image.pixel(x, y));
    return int(seen.size());
}

} // namespace

class TestHeroShot : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_root.isValid());
        m_dataDir = m_root.filePath(QStringLiteral("data"));
        for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
            const QString dir = m_root.filePath(QString::fromLatin1(var).toLower());
            QVERIFY(QDir().mkpath(dir));
            m_env.insert(QString::fromLatin1(var), dir);
        }
        m_env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    }

    void pipelineFromTheCommandLine() {
        const QString samples =
            QStringLiteral(PROSPECTOR_FIXTURES_DIR "/../../resources/samples/sample-prospects.csv");
        const auto imported = runProspector({QStringLiteral("import"), samples, QStringLiteral("--json")},
                                            m_dataDir, {}, m_env);
        QCOMPARE(imported.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(imported.out.toUtf8()).object();
        QVERIFY2(summary.value(QStringLiteral("created")).toInt() > 10, qPrintable(imported.out));
        QCOMPARE(runProspector({QStringLiteral("rescore")}, m_dataDir, {}, m_env).exitCode, 0);
        for (const QStringList &step :
             {QStringList{QStringLiteral("enrich")}, QStringList{QStringLiteral("sync")},
              QStringList{QStringLiteral("enroll"), QStringLiteral("--campaign"),
                          QStringLiteral("cam_sandbox_welcome")}}) {
            const auto run =
                runProspector(QStringList{QStringLiteral("--sandbox")} + step, m_dataDir, {}, m_env);
            QVERIFY2(run.exitCode == 0, qPrintable(step.join(u' ') + QLatin1Char('\n') + run.err));
        }
    }

    void windowIsGrabbedOnceSettled() {
        const QString shot = QDir::current().filePath(QStringLiteral("main-window.png"));
        const QString prospectsShot = QDir::current().filePath(QStringLiteral("prospects.png"));
        QFile::remove(shot);
        QFile::remove(prospectsShot);
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("PROSPECTOR_SNAPSHOT"), shot);
        env.insert(QStringLiteral("PROSPECTOR_SNAPSHOT_PAGES"), QStringLiteral("prospects"));
        const auto window = runProspector({QStringLiteral("--sandbox")}, m_dataDir, {}, env);
        QVERIFY2(window.exitCode == 0, qPrintable(window.err));
        QImage image(shot);
        QVERIFY2(!image.isNull(), qPrintable(shot));
        // The window's default size (Main.qml), so the README's picture keeps its proportions.
        QCOMPARE(image.size(), QSize(1200, 760));
        QVERIFY2(distinctColours(image) >= 8, "the grabbed window looks blank or half drawn");
        // The dashboard's pipeline draws a bar per stage; after sync and enroll, most prospects
        // are past "new", which the funnel shows as a long bar in one colour: not an empty state.
        const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
        QHash<QRgb, int> histogram;
        for (int x = 330; x < 760; x += 2)
            for (int y = 150; y < 400; y += 2)
                ++histogram[rgb.pixel(x, y)];
        int saturatedPixels = 0;
        for (auto it = histogram.cbegin(); it != histogram.cend(); ++it)
            if (QColor(it.key()).hsvSaturation() > 100)
                saturatedPixels += it.value();
        QVERIFY2(saturatedPixels > 1000, "no pipeline bar drawn on the dashboard");

        // The second picture is another page, not the dashboard again.
        const QImage prospects(prospectsShot);
        QCOMPARE(prospects.size(), QSize(1200, 760));
        QVERIFY(distinctColours(prospects) >= 8);
        QVERIFY2(prospects.convertToFormat(QImage::Format_RGB32) != rgb, "the page did not change");
    }

private:
    QTemporaryDir m_root;
    QString m_dataDir;
    QProcessEnvironment m_env;
};

QTEST_GUILESS_MAIN(TestHeroShot)
#include "tst_heroshot.moc"
