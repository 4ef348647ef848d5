#include "csv/csvreader.h"
#include "csv/csvsniffer.h"

#include <QBuffer>
#include <QFile>
#include <QtTest>

using namespace prospector::csv;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name) {
    return QStringLiteral(PROSPECTOR_FIXTURES_DIR "/csv/") + name;
}

QList<CsvRecord> readAll(QIODevice *device, const CsvDialect &dialect, QString *error = nullptr) {
    CsvReader reader(device, dialect);
    QList<CsvRecord> records;
    CsvRecord record;
    while (reader.next(record))
        records << record;
    if (error)
        *error = reader.errorString();
    return records;
}

QList<CsvRecord> readFixture(const QString &name, CsvDialect *dialectOut = nullptr) {
    QFile file(fixture(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = file.peek(CsvSniffer::kSampleSize);
    const SniffResult sniffed = CsvSniffer::sniff(head, head.size() < file.size());
    if (dialectOut)
        *dialectOut = sniffed.dialect;
    return readAll(&file, sniffed.dialect);
}

QList<CsvRecord> readText(const QByteArray &bytes, char16_t delimiter = u',') {
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvDialect dialect;
    dialect.delimiter = delimiter;
    return readAll(&buffer, dialect);
}

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void encodingsAndDelimiters_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("delimiter");
        QTest::newRow("utf-8, comma, LF") << "utf8-comma-lf.csv"
                                          << "utf-8"
                                          << ",";
        QTest::newRow("utf-8 BOM, semicolon, CRLF") << "utf8-bom-semicolon-crlf.csv"
                                                    << "utf-8-bom"
                                                    << ";";
        QTest::newRow("utf-16 LE (Excel Unicode text)") << "utf16le-bom-tab.txt"
                                                        << "utf-16le"
                                                        << "tab";
        QTest::newRow("utf-16 BE") << "utf16be-bom-tab.txt"
                                   << "utf-16be"
                                   << "tab";
        QTest::newRow("windows-1252") << "windows1252-semicolon.csv"
                                      << "windows-1252"
                                      << ";";
        QTest::newRow("pipe, CR only") << "pipe-cr.csv"
                                       << "utf-8"
                                       << "|";
    }
    void encodingsAndDelimiters() {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        QFETCH(QString, delimiter);
        CsvDialect dialect;
        const QList<CsvRecord> records = readFixture(file, &dialect);
        QCOMPARE(dialect.encodingName(), encoding);
        QCOMPARE(dialect.delimiterName(), delimiter);
        QVERIFY(records.size() >= 4);
        QCOMPARE(records.at(0).fields, QStringList({QStringLiteral("First Name"), QStringLiteral("Last Name"),
                                                    QStringLiteral("Email"), QStringLiteral("Company")}));
        QCOMPARE(records.at(1).fields.at(0), QStringLiteral("Zo\u00eb"));
        QCOMPARE(records.at(1).fields.at(1), QStringLiteral("\u00c5ngstr\u00f6m"));
        QCOMPARE(records.at(2).fields.at(3), QStringLiteral("Alpen K\u00e4se"));
        QCOMPARE(records.at(3).fields.at(1), QStringLiteral("O\u2019Brien"));
        QCOMPARE(records.at(3).line, 4);
        for (const CsvRecord &r : records)
            QCOMPARE(r.problem, CsvRecord::Problem::None);
        if (encoding == QStringLiteral("windows-1252")) {
            QCOMPARE(records.size(), 5);
            QCOMPARE(records.at(4).fields.at(3), QStringLiteral("Preis \u20ac"));
        } else {
            QCOMPARE(records.size(), 4);
        }
    }

    void quoting() {
        const QList<CsvRecord> records = readFixture(QStringLiteral("quoting.csv"));
        QCOMPARE(records.size(), 9); // header + 8; the blank line is skipped
        QCOMPARE(records.at(1).fields, QStringList({u"1"_s, u"hello, world"_s, u"x"_s}));
        QCOMPARE(records.at(2).fields.at(1), QStringLiteral("she said \"hi\""));
        QCOMPARE(records.at(3).fields.at(1), QStringLiteral("line one\nline two"));
        QCOMPARE(records.at(3).line, 4);
        QCOMPARE(records.at(4).fields.at(1), QStringLiteral("crlf\r\ninside"));
        QCOMPARE(records.at(4).line, 6);
        QCOMPARE(records.at(5).fields, QStringList({u"5"_s, u""_s, u""_s}));
        QCOMPARE(records.at(6).fields, QStringList({u"6"_s, u""_s, u""_s}));
        QCOMPARE(records.at(6).line, 10); // after the blank line 9
        QCOMPARE(records.at(7).fields, QStringList({u"7"_s, u"plain\"quote"_s, u"v"_s}));
        QCOMPARE(records.at(8).fields, QStringList({u"8"_s, u"last"_s, u"no newline at end"_s}));
    }

    void quotesSplitAcrossChunks() {
        // Long enough to cross the reader's 256 KB chunks at many different offsets.
        QByteArray data;
        const QByteArray row = "\"a \"\"quoted\"\", value\",\"two\r\nlines\",plain\r\n";
        while (data.size() < 600 * 1024)
            data += row;
        const QList<CsvRecord> records = readText(data);
        QCOMPARE(records.size(), data.size() / row.size());
        for (const CsvRecord &r : records) {
            QCOMPARE(r.fields, QStringList({u"a \"quoted\", value"_s, u"two\r\nlines"_s, u"plain"_s}));
        }
        QCOMPARE(records.last().line, 1 + 2 * (records.size() - 1));
    }

    void unterminatedQuoteReportsItsLine() {
        const QList<CsvRecord> records = readFixture(QStringLiteral("unterminated.csv"));
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(1).problem, CsvRecord::Problem::None);
        QCOMPARE(records.at(2).problem, CsvRecord::Problem::UnterminatedQuote);
        QCOMPARE(records.at(2).problemLine, 3);
    }

    void fieldOverOneMegabyteIsFlaggedAndCut() {
        const QList<CsvRecord> records = readFixture(QStringLiteral("bigfield.csv"));
        QCOMPARE(records.size(), 4);
        QCOMPARE(records.at(2).problem, CsvRecord::Problem::FieldTooLong);
        QVERIFY(records.at(2).fields.at(3).size() <= CsvReader::kKeptOfLongField + 1);
        QCOMPARE(records.at(2).fields.at(0), QStringLiteral("Huge"));
        QCOMPARE(records.at(3).problem, CsvRecord::Problem::None);
        QCOMPARE(records.at(3).fields.at(0), QStringLiteral("Grace"));
    }

    void tooManyColumnsIsFlagged() {
        const QList<CsvRecord> records = readFixture(QStringLiteral("too-many-columns.csv"));
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(1).problem, CsvRecord::Problem::TooManyColumns);
        QCOMPARE(records.at(1).columnCount, 10001);
        QCOMPARE(records.at(1).fields.size(), CsvReader::kMaxColumns);
        QCOMPARE(records.at(2).fields.at(0), QStringLiteral("Grace"));
    }

    void emptyInputHasNoRecords() {
        QCOMPARE(readText(QByteArray()).size(), 0);
        QCOMPARE(readText("\r\n\n\r").size(), 0);
    }

    void trailingDelimiterMakesEmptyLastField() {
        const QList<CsvRecord> records = readText("a,b,\n");
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0).fields, QStringList({u"a"_s, u"b"_s, u""_s}));
    }

    void readsIncrementally() {
        QFile file(fixture(QStringLiteral("bigfield.csv")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        CsvReader reader(&file, CsvDialect{});
        CsvRecord record;
        QVERIFY(reader.next(record));
        // The first record does not need the whole 2 MB file in memory.
        QVERIFY(reader.bytesRead() < file.size());
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
