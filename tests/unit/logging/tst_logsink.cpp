#include "logging/logsink.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QtTest>

Q_LOGGING_CATEGORY(lcTestSink, "prospector.test.sink", QtInfoMsg)

class TestLogSink : public QObject {
    Q_OBJECT

    static QString readLog(const QTemporaryDir &dir) {
        QFile file(QDir(dir.path()).filePath(prospector::logging::logFileName()));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll());
    }

private Q_SLOTS:
    void cleanup() { prospector::logging::shutdownLogSink(); }

    void writesRedactedLinesToTheRotatingFile() {
        QTemporaryDir dir;
        prospector::logging::LogOptions options;
        options.logDir = dir.path();
        options.console = false;
        QVERIFY(prospector::logging::installLogSink(options));
        qCInfo(lcTestSink) << "sync of jane.doe@acme.com with Authorization: Bearer pat-na1-SECRET-1234";
        qCWarning(lcTestSink) << "rate limited";
        prospector::logging::shutdownLogSink();

        const QString log = readLog(dir);
        QVERIFY2(log.contains(QStringLiteral("[prospector.test.sink]")), qPrintable(log));
        QVERIFY(log.contains(QStringLiteral("j***@acme.com")));
        QVERIFY(log.contains(QStringLiteral("rate limited")));
        QVERIFY2(!log.contains(QStringLiteral("jane.doe")), qPrintable(log));
        QVERIFY2(!log.contains(QStringLiteral("SECRET-1234")), qPrintable(log));
    }

    void levelFiltersLowerMessages() {
        QTemporaryDir dir;
        prospector::logging::LogOptions options;
        options.logDir = dir.path();
        options.console = false;
        options.level = QStringLiteral("warn");
        QVERIFY(prospector::logging::installLogSink(options));
        qCInfo(lcTestSink) << "an info line";
        qCWarning(lcTestSink) << "a warning line";
        prospector::logging::shutdownLogSink();
        const QString log = readLog(dir);
        QVERIFY(!log.contains(QStringLiteral("an info line")));
        QVERIFY(log.contains(QStringLiteral("a warning line")));
    }

    void rotatesWhenTheFileIsFull() {
        QTemporaryDir dir;
        prospector::logging::LogOptions options;
        options.logDir = dir.path();
        options.console = false;
        options.maxFileBytes = 4096;
        options.maxFiles = 2;
        QVERIFY(prospector::logging::installLogSink(options));
        for (int i = 0; i < 400; ++i)
            qCWarning(lcTestSink) << "line" << i << QString(40, QLatin1Char('x'));
        prospector::logging::shutdownLogSink();
        const QStringList files = QDir(dir.path()).entryList(QDir::Files);
        QCOMPARE(files.size(), 3); // current + 2 rotated
        for (const QString &name : files)
            QVERIFY(QFileInfo(QDir(dir.path()).filePath(name)).size() <= 4096 + 512);
    }
};

QTEST_GUILESS_MAIN(TestLogSink)
#include "tst_logsink.moc"
