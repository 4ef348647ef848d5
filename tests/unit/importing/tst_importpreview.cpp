// ImportPreview: what the preview screen shows before an import — dialect, headers, sample rows and the
// automatic mapping — and a clear reason when the file cannot be previewed.
#include "csv/csvreader.h"
#include "importing/importpreview.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace prospector::importing;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name) {
    return QStringLiteral(PROSPECTOR_FIXTURES_DIR "/csv/") + name;
}

bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestImportPreview : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsDialectHeadersRowsAndMapping() {
        const ImportPreview preview = ImportPreview::load(fixture(u"utf8-bom-semicolon-crlf.csv"_s), 2);
        QVERIFY2(preview.ok, qPrintable(preview.error));
        QCOMPARE(preview.dialect.delimiterName(), u";"_s);
        QCOMPARE(preview.dialect.encodingName(), u"utf-8-bom"_s);
        QVERIFY(preview.headers.size() >= 3);
        QCOMPARE(preview.rows.size(), 2);
        QCOMPARE(preview.mapping.columns.size(), preview.headers.size());
        QVERIFY(preview.mapping.maps(ImportField::Email));
    }

    void refusesWhatItCannotPreview_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << u"no-such-file.csv"_s << u"Cannot open"_s;
        QTest::newRow("empty") << u"empty.csv"_s << u"empty"_s;
        QTest::newRow("binary") << u"binary.bin"_s << u"not a text file"_s;
    }
    void refusesWhatItCannotPreview() {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const ImportPreview preview = ImportPreview::load(fixture(file));
        QVERIFY(!preview.ok);
        QVERIFY2(preview.error.contains(message), qPrintable(preview.error));
    }

    void headerOverTheColumnLimitNamesTheLimit() {
        // 10,001 header columns: the message says how many there are and what the limit is, so the
        // rep knows to remove columns (it used to say only "the header row cannot be read").
        QTemporaryDir dir;
        QByteArray header = "Email";
        for (int i = 1; i <= prospector::csv::CsvReader::kMaxColumns; ++i)
            header += ",c" + QByteArray::number(i);
        const QString path = dir.filePath(u"wide.csv"_s);
        QVERIFY(writeFile(path, header + "\nada@example.org\n"));
        const ImportPreview preview = ImportPreview::load(path);
        QVERIFY(!preview.ok);
        QVERIFY2(
            preview.error.contains(QLocale().toString(qlonglong(prospector::csv::CsvReader::kMaxColumns))),
            qPrintable(preview.error));
        QVERIFY2(preview.error.contains(QLocale().toString(prospector::csv::CsvReader::kMaxColumns + 1)),
                 qPrintable(preview.error));
        QVERIFY(preview.error.contains(u"header"_s));
    }

    void headerAtTheColumnLimitIsRead() {
        QTemporaryDir dir;
        QByteArray header = "Email";
        for (int i = 2; i <= prospector::csv::CsvReader::kMaxColumns; ++i)
            header += ",c" + QByteArray::number(i);
        const QString path = dir.filePath(u"limit.csv"_s);
        QVERIFY(writeFile(path, header + "\nada@example.org\n"));
        const ImportPreview preview = ImportPreview::load(path);
        QVERIFY2(preview.ok, qPrintable(preview.error));
        QCOMPARE(preview.headers.size(), prospector::csv::CsvReader::kMaxColumns);
    }

    void headerWithAFieldOverOneMegabyteSaysSo() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"long-header.csv"_s);
        QVERIFY(writeFile(path, "Email,\"" + QByteArray(prospector::csv::CsvReader::kMaxFieldSize + 10, 'h') +
                                    "\"\nada@example.org,x\n"));
        const ImportPreview preview = ImportPreview::load(path);
        QVERIFY(!preview.ok);
        QVERIFY2(preview.error.contains(u"1 MB"_s), qPrintable(preview.error));
    }
};

QTEST_GUILESS_MAIN(TestImportPreview)
#include "tst_importpreview.moc"
