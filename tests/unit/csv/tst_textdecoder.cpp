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

    // A file judged UTF-8 on its head can hold Windows-1252 bytes later on: they keep their
    // character, the UTF-8 around them is untouched, and nothing becomes U+FFFD.
    void windows1252BytesInUtf8() {
        TextDecoder decoder(TextEncoding::Utf8);
        QString out;
        const QByteArray bytes = "Caf\xe9 \x80 Zo\xc3\xab \x93quoted\x94 \xc3(";
        decoder.decode(bytes.constData(), bytes.size(), out);
        decoder.finish(out);
        QCOMPARE(out, QStringLiteral("Caf\u00e9 \u20ac Zo\u00eb \u201cquoted\u201d \u00c3("));
        QCOMPARE(decoder.fallbackBytes(), 5);
        QVERIFY(decoder.hasError());
    }

    void fallbackAcrossChunks() {
        // Byte by byte: a valid sequence split across reads still decodes as UTF-8, a lone
        // Windows-1252 byte right before a chunk end is not held back forever, and a sequence cut
        // off by the end of the input is decoded at finish() instead of dropped.
        const QByteArray bytes = "\xe2\x82\xac=\xe9\xe2\x82";
        TextDecoder decoder(TextEncoding::Utf8);
        QString out;
        for (char byte : bytes)
            decoder.decode(&byte, 1, out);
        QCOMPARE(out, QStringLiteral("\u20ac=\u00e9"));
        decoder.finish(out);
        QCOMPARE(out, QStringLiteral("\u20ac=\u00e9\u00e2\u201a"));
        QCOMPARE(decoder.fallbackBytes(), 3);
    }

    void overlongAndSurrogatesAreNotUtf8() {
        TextDecoder decoder(TextEncoding::Utf8);
        QString out;
        const QByteArray bytes = "\xc0\xaf|\xed\xa0\x80|\xef\xbb\xbfx";
        decoder.decode(bytes.constData(), bytes.size(), out);
        decoder.finish(out);
        // Each invalid byte maps on its own; a U+FEFF inside the text is content and stays.
        QCOMPARE(out, QStringLiteral("\u00c0\u00af|\u00ed\u00a0\u20ac|\ufeffx"));
        QCOMPARE(decoder.fallbackBytes(), 5);
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
