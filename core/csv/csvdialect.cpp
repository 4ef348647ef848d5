#include "csv/csvdialect.h"

namespace prospector::csv {

QString CsvDialect::encodingName() const {
    switch (encoding) {
    case TextEncoding::Utf8:
        return hasBom ? QStringLiteral("utf-8-bom") : QStringLiteral("utf-8");
    case TextEncoding::Utf16LE:
        return QStringLiteral("utf-16le");
    case TextEncoding::Utf16BE:
        return QStringLiteral("utf-16be");
    case TextEncoding::Windows1252:
        return QStringLiteral("windows-1252");
    }
    return QStringLiteral("utf-8");
}

QString CsvDialect::delimiterName() const {
    if (delimiter == u'\t')
        return QStringLiteral("tab");
    return QString(QChar(delimiter));
}

} // namespace prospector::csv
