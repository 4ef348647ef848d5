#include "importing/errorreport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace prospector::importing {

ErrorReport::ErrorReport(QString path, QStringList headers)
    : m_path(std::move(path))
    , m_headers(std::move(headers)) {}

QString ErrorReport::csvLine(const QStringList &fields) {
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line.append(u',');
        QString cell = fields.at(i);
        if (!cell.isEmpty() && QStringView(u"=+-@\t\r").contains(cell.at(0)))
            cell.prepend(u'\'');
        if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r')) {
            cell.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            line.append(u'"' + cell + u'"');
        } else {
            line.append(cell);
        }
    }
    line.append(u"\r\n");
    return line;
}

void ErrorReport::add(const QStringList &fields, const QString &reason) {
    QStringList row = fields;
    while (row.size() < m_headers.size())
        row.append(QString());
    row.append(reason);
    m_pending.append(csvLine(row));
}

void ErrorReport::discardPending() {
    m_pending.clear();
}

bool ErrorReport::flush(QString *error) {
    if (m_pending.isEmpty())
        return true;
    if (!m_opened) {
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        m_file.setFileName(m_path);
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            if (error)
                *error = QCoreApplication::translate("ErrorReport", "Cannot write the error report %1: %2")
                             .arg(m_path, m_file.errorString());
            return false;
        }
        m_opened = true;
        // A BOM makes Excel read the report as UTF-8.
        QStringList header = m_headers;
        header.append(QStringLiteral("error"));
        m_file.write("\xEF\xBB\xBF");
        m_file.write(csvLine(header).toUtf8());
    }
    const bool ok = m_file.write(m_pending.toUtf8()) >= 0 && m_file.flush();
    m_pending.clear();
    if (!ok && error)
        *error = QCoreApplication::translate("ErrorReport", "Cannot write the error report %1: %2")
                     .arg(m_path, m_file.errorString());
    return ok;
}

} // namespace prospector::importing
