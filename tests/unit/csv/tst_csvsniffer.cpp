#include "csv/csvsniffer.h"

#include <QFile>
#include <QtTest>

using namespace prospector::csv;

class TestCsvSniffer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void delimiters_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("delimiter");
        QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << ",";
        QTest::newRow("semicolon with commas in values")
            << QByteArray("name;city\n\"Doe, Jane\";Paris\nBob;\"Lyon, FR\"\n") << ";";
        QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n") << "tab";
        QTest::newRow("pipe") << QByteArray("a|b|c\n1|2|3\n") << "|";
        QTest::newRow("single column defaults to comma") << QByteArray("email\na@b.c\n") << ",";
        QTest::newRow("quoted newline does not break the count")
            << QByteArray("a;b\n\"x\ny, z\";2\n3;4\n") << ";";
    }
    void delimiters() {
        QFETCH(QByteArray, text);
        QFETCH(QString, delimiter);
        const SniffResult result = CsvSniffer::sniff(text, false);
        QCOMPARE(result.verdict, SniffResult::Verdict::Text);
        QCOMPARE(result.dialect.delimiterName(), delimiter);
    }

    void invalidUtf8FallsBackToWindows1252() {
        const SniffResult result = CsvSniffer::sniff(QByteArray("name\nCaf\xe9\n"), false);
        QCOMPARE(result.dialect.encoding, TextEncoding::Windows1252);
    }

    void utf8CutAtTheSampleEndIsStillUtf8() {
        QByteArray head = "name\nZo\xc3\xab\nZo\xc3";
        QCOMPARE(CsvSniffer::sniff(head, true).dialect.encoding, TextEncoding::Utf8);
        QCOMPARE(CsvSniffer::sniff(head, false).dialect.encoding, TextEncoding::Windows1252);
    }

    void utf16WithoutBom() {
        const QString text = QStringLiteral("a\tb\n1\t2\n");
        QByteArray le(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        const SniffResult result = CsvSniffer::sniff(le, false);
        QCOMPARE(result.dialect.encoding, TextEncoding::Utf16LE);
        QCOMPARE(result.dialect.delimiterName(), QStringLiteral("tab"));
        QCOMPARE(result.dialect.bomSize, 0);
    }

    void emptyAndBinary() {
        QCOMPARE(CsvSniffer::sniff(QByteArray(), false).verdict, SniffResult::Verdict::Empty);
        QCOMPARE(CsvSniffer::sniff(QByteArray("\xef\xbb\xbf \r\n"), false).verdict,
                 SniffResult::Verdict::Empty);
        QFile file(QStringLiteral(PROSPECTOR_FIXTURES_DIR "/csv/binary.bin"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(CsvSniffer::sniff(file.readAll(), false).verdict, SniffResult::Verdict::Binary);
    }
};

QTEST_GUILESS_MAIN(TestCsvSniffer)
#include "tst_csvsniffer.moc"
