#pragma once

#include <QFile>
#include <QStringList>

namespace prospector::importing {

// The rejected rows of an import as a CSV the rep can open in a spreadsheet: the original columns
// plus an `error` column. Rows are held back until their batch commits, so after a cancel the
// report lists exactly the rows the import record counts. Created on the first rejected row.
class ErrorReport {
public:
    ErrorReport(QString path, QStringList headers);

    void add(const QStringList &fields, const QString &reason);
    // Writes the rows of the committed batch; false (with `error`) when the file cannot be written.
    bool flush(QString *error);
    void discardPending();

    // The file path once something was written, else empty.
    QString writtenPath() const { return m_opened ? m_path : QString(); }

    // One CSV line (CRLF), quoted where needed. Cells a spreadsheet would run as a formula
    // (= + - @ TAB CR) get a leading apostrophe: the report holds untrusted file content.
    static QString csvLine(const QStringList &fields);

private:
    QString m_path;
    QStringList m_headers;
    QFile m_file;
    bool m_opened = false;
    QString m_pending;
};

} // namespace prospector::importing
