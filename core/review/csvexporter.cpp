#include "review/csvexporter.h"

#include "review/prospectpager.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>
#include <functional>

namespace prospector::review {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("CsvExporter", text);
}

QString field(const storage::Prospect &p, const QStringList &tags, const QString &column) {
    static const QHash<QString, std::function<QString(const storage::Prospect &)>> getters = {
        {QStringLiteral("id"),
         [](const auto &p) {
             return QString::number(p.id);
         }},
        {QStringLiteral("first_name"),
         [](const auto &p) {
             return p.firstName;
         }},
        {QStringLiteral("last_name"),
         [](const auto &p) {
             return p.lastName;
         }},
        {QStringLiteral("email"),
         [](const auto &p) {
             return p.email;
         }},
        {QStringLiteral("title"),
         [](const auto &p) {
             return p.title;
         }},
        {QStringLiteral("company"),
         [](const auto &p) {
             return p.companyName;
         }},
        {QStringLiteral("company_domain"),
         [](const auto &p) {
             return p.companyDomain;
         }},
        {QStringLiteral("website"),
         [](const auto &p) {
             return p.website;
         }},
        {QStringLiteral("linkedin_url"),
         [](const auto &p) {
             return p.linkedinUrl;
         }},
        {QStringLiteral("phone"),
         [](const auto &p) {
             return p.phone;
         }},
        {QStringLiteral("city"),
         [](const auto &p) {
             return p.city;
         }},
        {QStringLiteral("region"),
         [](const auto &p) {
             return p.region;
         }},
        {QStringLiteral("country"),
         [](const auto &p) {
             return p.country;
         }},
        {QStringLiteral("industry"),
         [](const auto &p) {
             return p.industry;
         }},
        {QStringLiteral("company_size"),
         [](const auto &p) {
             return p.companySize;
         }},
        {QStringLiteral("source"),
         [](const auto &p) {
             return p.source;
         }},
        {QStringLiteral("stage"),
         [](const auto &p) {
             return p.stage;
         }},
        {QStringLiteral("score"),
         [](const auto &p) {
             return p.score < 0 ? QString() : QString::number(p.score);
         }},
        {QStringLiteral("tier"),
         [](const auto &p) {
             return p.effectiveTier();
         }},
        {QStringLiteral("archived"),
         [](const auto &p) {
             return p.archived ? QStringLiteral("1") : QStringLiteral("0");
         }},
        {QStringLiteral("sync_state"),
         [](const auto &p) {
             return p.syncState;
         }},
        {QStringLiteral("hubspot_id"),
         [](const auto &p) {
             return p.hubspotId;
         }},
        {QStringLiteral("lemlist_lead_id"),
         [](const auto &p) {
             return p.lemlistLeadId;
         }},
        {QStringLiteral("custom_fields"),
         [](const auto &p) {
             return QString::fromUtf8(QJsonDocument(p.customFields).toJson(QJsonDocument::Compact));
         }},
    };
    if (column == QLatin1String("tags"))
        return tags.join(QStringLiteral(", "));
    const auto getter = getters.value(column);
    return getter ? getter(p) : QString();
}

} // namespace

CsvExporter::CsvExporter(const storage::Database &database)
    : m_database(database) {}

const QStringList &CsvExporter::defaultColumns() {
    static const QStringList columns = {
        QStringLiteral("id"),
        QStringLiteral("first_name"),
        QStringLiteral("last_name"),
        QStringLiteral("email"),
        QStringLiteral("title"),
        QStringLiteral("company"),
        QStringLiteral("company_domain"),
        QStringLiteral("website"),
        QStringLiteral("linkedin_url"),
        QStringLiteral("phone"),
        QStringLiteral("city"),
        QStringLiteral("region"),
        QStringLiteral("country"),
        QStringLiteral("industry"),
        QStringLiteral("company_size"),
        QStringLiteral("source"),
        QStringLiteral("stage"),
        QStringLiteral("score"),
        QStringLiteral("tier"),
        QStringLiteral("tags"),
        QStringLiteral("sync_state"),
    };
    return columns;
}

QString CsvExporter::neutralize(const QString &value) {
    // A leading = + - @ makes Excel/LibreOffice/Sheets evaluate the cell as a formula (CSV
    // injection); tab and CR can hide such a character. The apostrophe makes it plain text.
    if (value.isEmpty())
        return value;
    const QChar first = value.at(0);
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
        first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
        return QLatin1Char('\'') + value;
    return value;
}

QString CsvExporter::csvCell(const QString &value) {
    const QString safe = neutralize(value);
    const bool needsQuotes = safe.contains(QLatin1Char(',')) || safe.contains(QLatin1Char('"')) ||
                             safe.contains(QLatin1Char('\n')) || safe.contains(QLatin1Char('\r')) ||
                             safe.startsWith(QLatin1Char(' ')) || safe.endsWith(QLatin1Char(' '));
    if (!needsQuotes)
        return safe;
    QString escaped = safe;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

qint64 CsvExporter::exportQuery(const ProspectQuery &query, QIODevice &device, const Options &options,
                                QString *error, const Progress &progress) const {
    const QStringList columns = options.columns.isEmpty() ? defaultColumns() : options.columns;
    static const QStringList extra = {QStringLiteral("archived"), QStringLiteral("hubspot_id"),
                                      QStringLiteral("lemlist_lead_id"), QStringLiteral("custom_fields")};
    for (const QString &column : columns) {
        if (!defaultColumns().contains(column) && !extra.contains(column)) {
            if (error)
                *error = tr("Unknown export column: %1").arg(column);
            return -1;
        }
    }
    if (error)
        error->clear();
    const auto write = [&](const QStringList &cells) {
        QStringList line;
        for (const QString &cell : cells)
            line << csvCell(cell);
        const QByteArray bytes = (line.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
        return device.write(bytes) == bytes.size();
    };
    const auto failed = [&] {
        if (error)
            *error = tr("Could not write the file: %1").arg(device.errorString());
        return -1;
    };
    if (options.bom && device.write("\xEF\xBB\xBF", 3) != 3)
        return failed();
    if (!write(columns))
        return failed();

    ProspectPager pager(m_database);
    constexpr int kPage = 2000;
    qint64 written = 0;
    ProspectPage page = pager.first(query, kPage, error);
    while (true) {
        if (error && !error->isEmpty())
            return -1;
        for (qsizetype i = 0; i < page.rows.size(); ++i) {
            QStringList cells;
            for (const QString &column : columns)
                cells << field(page.rows.at(i), page.tags.at(i), column);
            if (!write(cells))
                return failed();
        }
        written += page.rows.size();
        if (progress && !progress(written)) {
            if (error)
                *error = tr("The export was cancelled.");
            return -1;
        }
        if (page.atEnd || page.isEmpty())
            break;
        page = pager.after(query, page.lastKey(), kPage, error);
    }
    return written;
}

} // namespace prospector::review
