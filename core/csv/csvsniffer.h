#pragma once

#include "csv/csvdialect.h"

#include <QByteArray>
#include <QString>

namespace prospector::csv {

// What the sniffer concluded from the first bytes of a file.
struct SniffResult {
    enum class Verdict { Text, Empty, Binary };
    Verdict verdict = Verdict::Text;
    CsvDialect dialect;
};

// Guesses encoding and delimiter from the head of a file (the first ~64 KB is plenty).
// Encoding: BOM first; then UTF-16 without BOM by its zero bytes; then UTF-8 if the bytes are
// valid UTF-8, else Windows-1252. Delimiter: among , ; TAB | the one that splits the sampled
// lines (outside quotes) into the most consistent number of fields, preferring more fields.
class CsvSniffer {
public:
    static constexpr qsizetype kSampleSize = 64 * 1024;

    // `truncated`: the sample is only the head of a longer file (a cut-off last line is ignored).
    static SniffResult sniff(const QByteArray &head, bool truncated);

    static char16_t sniffDelimiter(QStringView text, bool truncated, TextEncoding encoding);
};

} // namespace prospector::csv
