#pragma once

#include "csv/csvdialect.h"
#include "csv/textdecoder.h"

#include <QIODevice>
#include <QStringList>

namespace prospector::csv {

// One record (row) of a CSV file.
struct CsvRecord {
    // Why a record cannot be used as it is; the reader still returns it so the importer can
    // reject it with a reason and carry on with the next one.
    enum class Problem { None, FieldTooLong, TooManyColumns, UnterminatedQuote };

    QStringList fields;
    qint64 line = 0;           // 1-based physical line where the record starts
    qsizetype columnCount = 0; // fields in the file, even those not kept (TooManyColumns)
    Problem problem = Problem::None;
    qint64 problemLine = 0; // for UnterminatedQuote: the line of the opening quote
};

// Streaming RFC 4180 reader: quoted fields with embedded delimiters, doubled quotes and line
// breaks; CRLF, LF and CR line ends; blank lines skipped. Memory stays constant whatever the file
// size: it holds one decoded chunk and the current record, and oversized fields are cut.
// Lenient where Excel is: a quote inside an unquoted field, or text after a closing quote, is kept.
class CsvReader {
public:
    static constexpr qsizetype kMaxFieldSize = 1024 * 1024; // characters
    static constexpr qsizetype kMaxColumns = 10000;
    // What is kept of a field over kMaxFieldSize, so the error report can show where it was.
    static constexpr qsizetype kKeptOfLongField = 200;

    // The device must be open; reading starts at its current position (the BOM is skipped here).
    CsvReader(QIODevice *device, const CsvDialect &dialect);

    // Reads the next record. False at the end of the input or on a read error (see errorString()).
    bool next(CsvRecord &record);

    QString errorString() const { return m_error; }
    // Bytes consumed from the device so far, for progress.
    qint64 bytesRead() const { return m_bytesRead; }
    // Bytes of a UTF-8 file that were not UTF-8 and were read as Windows-1252 (see TextDecoder).
    qint64 fallbackBytes() const { return m_decoder.fallbackBytes(); }

private:
    bool fill();
    void finishField(CsvRecord &record);
    void appendToField(const char16_t *data, qsizetype size);

    QIODevice *m_device;
    CsvDialect m_dialect;
    TextDecoder m_decoder;
    QByteArray m_raw;
    QString m_buffer;
    qsizetype m_pos = 0;
    qint64 m_bytesRead = 0;
    qint64 m_line = 1;
    bool m_eof = false;
    bool m_bomChecked = false;
    bool m_fieldTooLong = false;
    QString m_field;
    QString m_error;
};

} // namespace prospector::csv
