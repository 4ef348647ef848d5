#include "importing/importpreview.h"

#include "csv/csvreader.h"
#include "csv/csvsniffer.h"
#include "importing/mappingpresets.h"
#include "importing/recordproblem.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace prospector::importing {

ImportPreview ImportPreview::load(const QString &filePath, int sampleRows) {
    ImportPreview preview;
    preview.filePath = filePath;
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        preview.error = QCoreApplication::translate("ImportPreview", "Cannot open %1: %2")
                            .arg(QFileInfo(filePath).fileName(), file.errorString());
        return preview;
    }
    preview.fileSize = file.size();
    const QByteArray head = file.peek(csv::CsvSniffer::kSampleSize);
    const csv::SniffResult sniffed = csv::CsvSniffer::sniff(head, head.size() < file.size());
    preview.dialect = sniffed.dialect;
    if (sniffed.verdict == csv::SniffResult::Verdict::Empty) {
        preview.error = QCoreApplication::translate("ImportPreview", "The file is empty.");
        return preview;
    }
    if (sniffed.verdict == csv::SniffResult::Verdict::Binary) {
        preview.error = QCoreApplication::translate(
            "ImportPreview", "This is not a text file. Export the sheet as CSV and try again.");
        return preview;
    }
    csv::CsvReader reader(&file, preview.dialect);
    csv::CsvRecord record;
    if (!reader.next(record)) {
        preview.error = reader.errorString().isEmpty()
                            ? QCoreApplication::translate("ImportPreview", "The file is empty.")
                            : reader.errorString();
        return preview;
    }
    if (record.problem != csv::CsvRecord::Problem::None) {
        preview.error = headerProblemText(record);
        return preview;
    }
    for (const QString &header : std::as_const(record.fields))
        preview.headers << header.trimmed();
    while (preview.rows.size() < sampleRows && reader.next(record))
        preview.rows << record.fields;
    preview.detectedPreset = MappingPresets::detect(preview.headers);
    preview.mapping = MappingPresets::map(preview.headers, preview.detectedPreset);
    preview.ok = true;
    return preview;
}

} // namespace prospector::importing
