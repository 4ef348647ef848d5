#include "cli/exportcommand.h"

#include "cli/queryoptions.h"
#include "review/csvexporter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace prospector::cli {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("ExportCommand", text);
}

} // namespace

QString ExportCommand::summary() const {
    return tr("Export prospects to a CSV file (FILE; --search, --stage, --tier, --tag, --bom).");
}

void ExportCommand::addOptions(QCommandLineParser &parser) const {
    addQueryOptions(parser);
    parser.addOption({QStringLiteral("bom"), tr("Start the file with a UTF-8 byte order mark (for Excel).")});
    parser.addOption({QStringLiteral("include-archived"), tr("Include archived prospects.")});
}

int ExportCommand::run(const QCommandLineParser &parser, const QStringList &positional, CliContext &context) {
    QTextStream &err = *context.err;
    if (positional.size() != 1) {
        err << tr("Usage: prospector export FILE [--search Q] [--stage S] [--tier T] [--bom]\n");
        return ExitUsage;
    }
    review::ProspectQuery query;
    QString error;
    if (!queryFromOptions(parser, &query, &error)) {
        err << error << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("include-archived")))
        query.archived = review::ProspectQuery::Archived::Include;

    // QSaveFile: a failed or interrupted export never leaves a half-written file behind.
    QSaveFile file(positional.constFirst());
    if (!file.open(QIODevice::WriteOnly)) {
        err << tr("Cannot write %1: %2\n").arg(positional.constFirst(), file.errorString());
        return ExitFailure;
    }
    review::CsvExporter exporter(*context.database);
    review::CsvExporter::Options options;
    options.bom = parser.isSet(QStringLiteral("bom"));
    const qint64 rows = exporter.exportQuery(query, file, options, &error);
    if (rows < 0 || !file.commit()) {
        err << tr("Export failed: %1\n").arg(error.isEmpty() ? file.errorString() : error);
        return ExitFailure;
    }
    if (context.json) {
        *context.out << QJsonDocument(QJsonObject{{QStringLiteral("file"), positional.constFirst()},
                                                  {QStringLiteral("rows"), rows}})
                            .toJson(QJsonDocument::Compact)
                     << '\n';
    } else {
        *context.out << tr("Exported %1 prospects to %2\n").arg(rows).arg(positional.constFirst());
    }
    return ExitOk;
}

} // namespace prospector::cli
