// Hostile files through `prospector import FILE --json`, run as a child process: each must end with a
// clear outcome (exit 0, or exit 1 with a readable message — never a crash or a signal), leave a
// database that passes PRAGMA integrity_check, and lose nothing: the import record's counts must
// match the prospects it created. The small files come from tests/fixtures/hostile/make_hostile.py;
// the big ones (100,000 columns, a 50 MB single line) are generated here into a temporary folder.
#include "hostileimportcheck.h"
#include "prospectorprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using prospector::testing::auditDatabase;
using prospector::testing::runProspector;

namespace {

QString hostile(const QString &name) {
    return QStringLiteral(PROSPECTOR_FIXTURES_DIR "/hostile/") + name;
}

bool writeFile(const QString &path, const QByteArray &head, char fill, qint64 fillBytes,
               const QByteArray &tail) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(head);
    const QByteArray chunk(1 << 20, fill);
    for (qint64 left = fillBytes; left > 0; left -= chunk.size())
        file.write(chunk.constData(), qMin<qint64>(left, chunk.size()));
    file.write(tail);
    return file.error() == QFileDevice::NoError;
}

} // namespace

class TestHostileCsv : public QObject {
    Q_OBJECT

    // Runs the import and checks everything that must hold whatever the file was; returns the JSON.
    QJsonObject importAndAudit(const QString &file, const QString &dataDir) {
        QElapsedTimer clock;
        clock.start();
        const auto r = runProspector({u"import"_s, file, u"--json"_s}, dataDir);
        qInfo().noquote() << QFileInfo(file).fileName() << "exit" << r.exitCode << "in" << clock.elapsed()
                          << "ms:" << r.out.trimmed() << r.err.trimmed().left(200);
        [&] {
            QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(u"crashed or hung: "_s + r.err));
            if (r.exitCode == 1)
                QVERIFY2(!r.err.trimmed().isEmpty(), "a failure must say why");
        }();
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QString status = json.value(u"status"_s).toString();
        if (r.exitCode == 0)
            [&] {
                QCOMPARE(status, u"completed"_s);
            }();
        else
            [&] {
                QCOMPARE(status, u"failed"_s);
            }();

        const auto audit = auditDatabase(dataDir + u"/prospector.db"_s);
        [&] {
            QVERIFY2(audit.error.isEmpty(), qPrintable(audit.error));
            QCOMPARE(audit.integrity, u"ok"_s);
            QCOMPARE(audit.running, 0);
            QCOMPARE(audit.orphans, 0);
            QCOMPARE(audit.countMismatches, 0);
            QCOMPARE(audit.duplicateEmails, 0);
            // Nothing lost, nothing invented: every row is created, merged or rejected with a reason.
            const int rows = json.value(u"rows"_s).toInt();
            QCOMPARE(rows, json.value(u"created"_s).toInt() + json.value(u"updated"_s).toInt() +
                               json.value(u"duplicates"_s).toInt() + json.value(u"rejected"_s).toInt());
            QCOMPARE(audit.prospects, json.value(u"created"_s).toInt());
            if (json.value(u"rejected"_s).toInt() > 0)
                QVERIFY(QFile::exists(json.value(u"error_report"_s).toString()));
        }();
        return json;
    }

private Q_SLOTS:
    void committedCorpus_data() {
        QTest::addColumn<QString>("file");
        for (const char *name : {"binary.csv", "zip-renamed.csv", "invalid-utf8.csv", "nul-bytes.csv",
                                 "mixed-line-endings.csv", "unterminated-quote.csv", "bom-in-middle.csv",
                                 "formula-cells.csv", "only-delimiters.csv", "empty-lines.csv"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void committedCorpus() {
        QFETCH(QString, file);
        QTemporaryDir dir;
        QVERIFY(QFile::exists(hostile(file)));
        importAndAudit(hostile(file), dir.path());
    }

    void binaryAndArchivesAreRefused_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("binary") << u"binary.csv"_s;
        QTest::newRow("zip") << u"zip-renamed.csv"_s;
    }

    void binaryAndArchivesAreRefused() {
        QFETCH(QString, file);
        QTemporaryDir dir;
        const QJsonObject json = importAndAudit(hostile(file), dir.path());
        QCOMPARE(json.value(u"status"_s).toString(), u"failed"_s);
        QCOMPARE(json.value(u"created"_s).toInt(), 0);
    }

    void everyLineEndingCountsAsARow() {
        QTemporaryDir dir;
        const QJsonObject json = importAndAudit(hostile(u"mixed-line-endings.csv"_s), dir.path());
        QCOMPARE(json.value(u"status"_s).toString(), u"completed"_s);
        QCOMPARE(json.value(u"created"_s).toInt(), 5);
    }

    void formulaCellsAreStoredAsText() {
        QTemporaryDir dir;
        const QJsonObject json = importAndAudit(hostile(u"formula-cells.csv"_s), dir.path());
        QCOMPARE(json.value(u"created"_s).toInt(), 4);
    }

    void invalidUtf8KeepsEveryRow() {
        // Not valid UTF-8 as a whole, so the file is read as Windows-1252: odd characters, no lost rows.
        QTemporaryDir dir;
        const QJsonObject json = importAndAudit(hostile(u"invalid-utf8.csv"_s), dir.path());
        QCOMPARE(json.value(u"created"_s).toInt(), 7);
    }

    void nulBytesAreRefusedAsBinary() {
        QTemporaryDir dir;
        const QJsonObject json = importAndAudit(hostile(u"nul-bytes.csv"_s), dir.path());
        QCOMPARE(json.value(u"status"_s).toString(), u"failed"_s);
    }

    void unterminatedQuoteRejectsOnlyTheRestOfTheFile() {
        // The open quote swallows the lines after it into one record, which is rejected with its
        // line number in the error report; the rows before it are imported.
        QTemporaryDir dir;
        const QJsonObject json = importAndAudit(hostile(u"unterminated-quote.csv"_s), dir.path());
        QCOMPARE(json.value(u"created"_s).toInt(), 3);
        QCOMPARE(json.value(u"rejected"_s).toInt(), 1);
    }

    void hundredThousandColumns() {
        QTemporaryDir dir;
        QByteArray header = "First Name,Last Name,Email,Company";
        QByteArray row = "Wide,Table,wide@hostile.test,Columns Inc";
        for (int i = 4; i < 100000; ++i) {
            header += ",x" + QByteArray::number(i);
            row += ',';
        }
        const QString path = dir.filePath(u"wide.csv"_s);
        QVERIFY(writeFile(path, header + '\n' + row + '\n', 'x', 0, {}));
        const QJsonObject json = importAndAudit(path, dir.path());
        QCOMPARE(json.value(u"status"_s).toString(), u"failed"_s);
        // The history says why, naming the 10,000-column limit (not just "cannot be read").
        const QJsonArray history =
            QJsonDocument::fromJson(runProspector({u"imports"_s, u"--json"_s}, dir.path()).out.toUtf8())
                .array();
        QCOMPARE(history.size(), 1);
        const QString error = history.first().toObject().value(u"error"_s).toString();
        QVERIFY2(error.contains(QLocale().toString(100000)) && error.contains(QLocale().toString(10000)),
                 qPrintable(error));
    }

    void fiftyMegabyteSingleLine() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"longline.csv"_s);
        QVERIFY(writeFile(path, "First Name,Last Name,Email,Company\nLong,Line,long@hostile.test,", 'x',
                          50LL * 1024 * 1024, "\nShort,Row,short@hostile.test,Co\n"));
        importAndAudit(path, dir.path());
    }

    void fiftyMegabytesWithoutAnyNewline() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"noline.csv"_s);
        QVERIFY(writeFile(path, {}, 'y', 50LL * 1024 * 1024, {}));
        importAndAudit(path, dir.path());
    }
};

QTEST_GUILESS_MAIN(TestHostileCsv)
#include "tst_hostilecsv.moc"
