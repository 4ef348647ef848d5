#include "importing/errorreport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace prospector::importing;
using namespace Qt::StringLiterals;

class TestErrorReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void quotingAndFormulaNeutralization() {
        QCOMPARE(ErrorReport::csvLine({u"a"_s, u"b,c"_s, u"say \"hi\""_s, u"two\nlines"_s}),
                 u"a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n"_s);
        QCOMPARE(ErrorReport::csvLine({u"=SUM(A1)"_s, u"+1"_s, u"-2"_s, u"@x"_s, u"ok"_s}),
                 u"'=SUM(A1),'+1,'-2,'@x,ok\r\n"_s);
    }

    void writesOnlyFlushedRows() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/report.csv"_s);
        ErrorReport report(path, {u"Email"_s, u"Name"_s});
        QVERIFY(report.flush(nullptr));
        QCOMPARE(report.writtenPath(), QString()); // nothing rejected: no file
        QVERIFY(!QFile::exists(path));
        report.add({u"bad@@x"_s}, u"Invalid email"_s);
        QVERIFY(report.flush(nullptr));
        report.add({u"rolled back"_s, u"x"_s}, u"never written"_s);
        report.discardPending();
        QVERIFY(report.flush(nullptr));
        QCOMPARE(report.writtenPath(), path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("\xEF\xBB\xBF"
                                            "Email,Name,error\r\nbad@@x,,Invalid email\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestErrorReport)
#include "tst_errorreport.moc"
