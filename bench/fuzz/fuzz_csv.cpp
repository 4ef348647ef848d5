// libFuzzer target: arbitrary bytes through the CSV sniffer, then the streaming reader with the
// sniffed dialect (and once more with a tiny chunk size stand-in: a device that returns one byte
// at a time), as the importer uses them. Any crash, leak or UB report is a finding.
#include "csv/csvreader.h"
#include "csv/csvsniffer.h"

#include <QBuffer>
#include <cstddef>
#include <cstdint>

using namespace prospector::csv;

namespace {

// Hands out one byte per read, so records and multi-byte characters straddle every boundary.
class TrickleDevice : public QBuffer {
public:
    using QBuffer::QBuffer;

protected:
    qint64 readData(char *data, qint64 maxSize) override {
        return QBuffer::readData(data, qMin<qint64>(maxSize, 1));
    }
};

void readAll(QIODevice &device, const CsvDialect &dialect) {
    device.open(QIODevice::ReadOnly);
    CsvReader reader(&device, dialect);
    CsvRecord record;
    qint64 lastLine = 0;
    while (reader.next(record)) {
        // The reader promises bounded records whatever the input.
        if (record.fields.size() > CsvReader::kMaxColumns || record.line < lastLine)
            __builtin_trap();
        for (const QString &field : record.fields)
            if (field.size() > CsvReader::kMaxFieldSize)
                __builtin_trap();
        lastLine = record.line;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const SniffResult sniffed =
        CsvSniffer::sniff(bytes.left(CsvSniffer::kSampleSize), size > CsvSniffer::kSampleSize);
    if (sniffed.verdict != SniffResult::Verdict::Text)
        return 0;
    QByteArray copy = bytes;
    QBuffer whole(&copy);
    readAll(whole, sniffed.dialect);
    if (size <= 4096) {
        QByteArray copy2 = bytes;
        TrickleDevice trickle(&copy2);
        readAll(trickle, sniffed.dialect);
    }
    return 0;
}
