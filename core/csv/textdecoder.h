#pragma once

#include "csv/csvdialect.h"

#include <QByteArray>
#include <QString>
#include <QStringDecoder>

namespace prospector::csv {

// Turns the bytes of a file into UTF-16 chunk by chunk. Stateful: a multi-byte sequence split
// across two reads decodes correctly. Windows-1252 is decoded with our own table because
// QStringDecoder only offers it when Qt is built with ICU.
//
// UTF-8 is judged by the sniffer on the head of the file only, so a file can turn out to hold a
// Windows-1252 byte megabytes later (a row pasted from an old Excel sheet). Such bytes are read
// as Windows-1252, one by one, instead of becoming U+FFFD: "Caf\xE9" keeps its "é", and the valid
// UTF-8 around it is unaffected. Nothing is lost and no row is rejected for it; the count of such
// bytes is kept so the import can say so.
class TextDecoder {
public:
    explicit TextDecoder(TextEncoding encoding);

    // Appends the decoded text of `size` bytes to `out`.
    void decode(const char *data, qsizetype size, QString &out);
    // Call once at the end of the input: a UTF-8 sequence cut off by the end of the file is
    // decoded as Windows-1252 rather than dropped.
    void finish(QString &out);

    // True when invalid UTF-16 was met (replaced by U+FFFD), or when UTF-8 input held bytes that
    // were read as Windows-1252.
    bool hasError() const;
    // UTF-8 input only: bytes that were not valid UTF-8 and were read as Windows-1252.
    qint64 fallbackBytes() const { return m_fallbackBytes; }

private:
    void decodeUtf8(const char *data, qsizetype size, QString &out, bool atEnd);

    TextEncoding m_encoding;
    QStringDecoder m_decoder;
    QByteArray m_pending; // the start of a UTF-8 sequence that the next chunk completes
    qint64 m_fallbackBytes = 0;
};

// True when `data` is valid UTF-8. A sequence cut off by the end of the buffer counts as valid
// when `truncated` says the buffer is only the head of a longer file.
bool isValidUtf8(const char *data, qsizetype size, bool truncated);

// Windows-1252 decoding of one byte (bytes Windows leaves undefined map to themselves).
char16_t windows1252ToUnicode(unsigned char byte);

} // namespace prospector::csv
