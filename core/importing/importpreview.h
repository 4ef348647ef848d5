#pragma once

#include "csv/csvdialect.h"
#include "importing/columnmapping.h"

#include <QList>
#include <QStringList>

namespace prospector::importing {

// What the preview screen (and the import itself) needs to know about a file before importing:
// its dialect, its headers, the first rows and the automatic mapping.
struct ImportPreview {
    bool ok = false;
    QString error; // translated; set when !ok (missing, empty, binary, unreadable)
    QString filePath;
    qint64 fileSize = 0;
    csv::CsvDialect dialect;
    QStringList headers;
    QList<QStringList> rows; // the first sample rows, as read
    QString detectedPreset;
    ColumnMapping mapping; // automatic mapping with the detected preset

    static ImportPreview load(const QString &filePath, int sampleRows = 20);
};

} // namespace prospector::importing
