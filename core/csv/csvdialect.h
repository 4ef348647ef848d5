#pragma once

#include <QString>

namespace prospector::csv {

// The text encodings the importer understands. Excel's "Unicode text" export is UTF-16 LE with a
// BOM; old Excel "CSV" on Windows is Windows-1252, which we fall back to when bytes are not UTF-8.
enum class TextEncoding { Utf8, Utf16LE, Utf16BE, Windows1252 };

// How a file is written: what the sniffer found, and what the reader needs to parse it.
struct CsvDialect {
    TextEncoding encoding = TextEncoding::Utf8;
    bool hasBom = false;
    int bomSize = 0;
    char16_t delimiter = u',';

    // Stable identifiers, used in the import record, the CLI and the UI ("utf-8", "utf-8-bom", ...).
    QString encodingName() const;
    // "," ";" "tab" "|": readable in JSON and in a label.
    QString delimiterName() const;
};

} // namespace prospector::csv
