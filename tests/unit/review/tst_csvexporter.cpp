// CSV export: RFC 4180 quoting, UTF-8 with optional BOM, and formula neutralization.
#include "review/csvexporter.h"
#include "reviewfixture.h"

#include <QBuffer>
#include <QtTest>

using namespace prospector;
using namespace prospector::review;

class TestCsvExporter : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void neutralize_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"http://x\")")
                                << QStringLiteral("'=HYPERLINK(\"http://x\")");
        QTest::newRow("plus") << QStringLiteral("+1 555") << QStringLiteral("'+1 555");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("cr") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
        QTest::newRow("inner equals") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("plain") << QStringLiteral("Acme") << QStringLiteral("Acme");
        QTest::newRow("empty") << QString() << QString();
    }
    void neutralize() {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(CsvExporter::neutralize(value), expected);
    }

    void quoting_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("comma") << QStringLiteral("Acme, Inc.") << QStringLiteral("\"Acme, Inc.\"");
        QTest::newRow("quote") << QStringLiteral("The \"best\"") << QStringLiteral("\"The \"\"best\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("formula with comma") << QStringLiteral("=1,2") << QStringLiteral("\"'=1,2\"");
        QTest::newRow("cr formula") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
        QTest::newRow("plain") << QStringLiteral("Zoë") << QStringLiteral("Zoë");
    }
    void quoting() {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(CsvExporter::csvCell(value), expected);
    }

    void exportsTheQueryWithBom() {
        auto db = reviewtest::openDatabase(m_dir, QStringLiteral("export.db"));
        reviewtest::seed(*db, 50, 3);
        reviewtest::run(*db, QStringLiteral("UPDATE prospects SET company_name = ?, title = ? WHERE id = 1"),
                        {QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("Head, \"Sales\"")});
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvExporter exporter(*db);
        CsvExporter::Options options;
        options.bom = true;
        options.columns = {QStringLiteral("id"), QStringLiteral("company"), QStringLiteral("title"),
                           QStringLiteral("tags")};
        ProspectQuery q;
        q.archived = ProspectQuery::Archived::Include;
        QString error;
        QCOMPARE(exporter.exportQuery(q, buffer, options, &error), qint64(50));
        QVERIFY(error.isEmpty());
        const QByteArray data = buffer.data();
        QVERIFY(data.startsWith("\xEF\xBB\xBF"
                                "id,company,title,tags\r\n"));
        QVERIFY(data.contains("1,'=cmd|' /C calc'!A0,\"Head, \"\"Sales\"\"\","));
        QCOMPARE(data.count("\r\n"), 51);

        QBuffer plain;
        plain.open(QIODevice::WriteOnly);
        options.bom = false;
        q.stages = {QStringLiteral("won")};
        const qint64 won = exporter.exportQuery(q, plain, options, &error);
        QVERIFY(won >= 0);
        QVERIFY(plain.data().startsWith("id,"));
        QCOMPARE(plain.data().count("\r\n"), int(won + 1));

        options.columns = {QStringLiteral("password")};
        QCOMPARE(exporter.exportQuery(q, plain, options, &error), qint64(-1));
        QVERIFY(!error.isEmpty());
    }

    void cancelStopsTheExport() {
        auto db = reviewtest::openDatabase(m_dir, QStringLiteral("cancel.db"));
        reviewtest::seed(*db, 30, 3);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        const qint64 rows =
            CsvExporter(*db).exportQuery({}, buffer, {}, &error, [](qint64) { return false; });
        QCOMPARE(rows, qint64(-1));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsvExporter)
#include "tst_csvexporter.moc"
