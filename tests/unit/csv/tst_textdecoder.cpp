#include "csv/textdecoder.h"

#include <QtTest>

using namespace prospector::csv;

class TestTextDecoder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void utf8SequenceSplitAcrossChunks() {
        TextDecoder decoder(TextEncoding::Utf8);
        const QByteArray bytes = "Zo\xc3\xab \xe2\x82\xac";
        QString out;
        for (char byte : bytes)
            decoder.decode(&byte, 1, out);
        QCOMPARE(out, QStringLiteral("Zo\u00eb \u20ac"));
        QVERIFY(!decoder.hasError());
    }

    void windows1252Table() {
        TextDecoder decoder(TextEncoding::Windows1252);
        QString out;
        const QByteArray bytes = "\x80\x92\x9c\xe9\x41\x81";
        decoder.decode(bytes.constData(), bytes.size(), out);
        QCOMPARE(out, QStringLiteral("\u20ac\u2019\u0153\u00e9A\u0081"));
    }

    void utf16Be() {
        TextDecoder decoder(TextEncoding::Utf16BE);
        QString out;
        const QByteArray bytes("\x00\x41\x00\xe9", 4);
        decoder.decode(bytes.constData(), bytes.size(), out);
        QCOMPARE(out, QStringLiteral("A\u00e9"));
    }

    void validation() {
        QVERIFY(isValidUtf8("plain", 5, false));
        QVERIFY(isValidUtf8("\xf0\x9f\x98\x80", 4, false));
        QVERIFY(!isValidUtf8("\xc0\xaf", 2, false));     // overlong
        QVERIFY(!isValidUtf8("\xed\xa0\x80", 3, false)); // surrogate
        QVERIFY(!isValidUtf8("\xe9t\xe9", 3, false));    // Latin-1
        QVERIFY(isValidUtf8("ab\xe2\x82", 4, true));     // cut by the sample
    }
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
