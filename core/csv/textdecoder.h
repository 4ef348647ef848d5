#pragma once

#include "csv/csvdialect.h"

#include <QString>
#include <QStringDecoder>

namespace prospector::csv {

// Turns the bytes of a file into UTF-16 chunk by chunk. Stateful: a multi-byte sequence split
// across two reads decodes correctly. Windows-1252 is decoded with our own table because
// QStringDecoder only offers it when Qt is built with ICU.
class TextDecoder {
public:
    explicit TextDecoder(TextEncoding encoding);

    // Appends the decoded text of `size` bytes to `out`.
    void decode(const char *data, qsizetype size, QString &out);

    // True when the input ended inside a multi-byte sequence or held invalid UTF-8/UTF-16.
    bool hasError() const;

private:
    TextEncoding m_encoding;
    QStringDecoder m_decoder;
};

// True when `data` is valid UTF-8. A sequence cut off by the end of the buffer counts as valid
// when `truncated` says the buffer is only the head of a longer file.
bool isValidUtf8(const char *data, qsizetype size, bool truncated);

} // namespace prospector::csv
