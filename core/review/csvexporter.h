#pragma once

#include "review/prospectquery.h"

#include <QStringList>
#include <functional>

class QIODevice;

namespace prospector::storage {
class Database;
}

namespace prospector::review {

// Writes the rows of a query to CSV: UTF-8 (optionally with a BOM so Excel detects it), RFC 4180
// quoting, CRLF line ends, and cells that a spreadsheet would run as a formula (starting with
// = + - @ tab or CR) prefixed with an apostrophe. Streams page by page; never holds the result.
class CsvExporter {
public:
    struct Options {
        bool bom = false;
        QStringList columns; // empty = defaultColumns()
    };
    // Called every few thousand rows with the number written so far; return false to cancel.
    using Progress = std::function<bool(qint64 written)>;

    explicit CsvExporter(const storage::Database &database);

    // Returns the number of data rows written, or -1 on failure / cancel (`error` set).
    qint64 exportQuery(const ProspectQuery &query, QIODevice &device, const Options &options,
                       QString *error = nullptr, const Progress &progress = {}) const;

    static const QStringList &defaultColumns();
    // The cell as it must appear in the file (neutralized, then quoted when needed).
    static QString csvCell(const QString &value);
    // The neutralization alone: "'" + value when the value starts with a formula character.
    static QString neutralize(const QString &value);

private:
    const storage::Database &m_database;
};

} // namespace prospector::review
