#include "cli/importscommand.h"

#include "storage/importrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace prospector::cli {
namespace {

QJsonValue timestamp(qint64 ms) {
    return ms > 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs))
                  : QJsonValue();
}

QJsonValue orNull(const QString &text) {
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

QString ImportsCommand::summary() const {
    return QCoreApplication::translate("ImportsCommand", "List past imports with their counts and status.");
}

void ImportsCommand::addOptions(QCommandLineParser &parser) const {
    parser.addOption({QStringLiteral("limit"),
                      QCoreApplication::translate("ImportsCommand", "At most <n> imports (default 50)."),
                      QStringLiteral("n"), QStringLiteral("50")});
}

int ImportsCommand::run(const QCommandLineParser &parser, const QStringList &positional,
                        CliContext &context) {
    QTextStream &out = *context.out;
    QTextStream &err = *context.err;
    if (!positional.isEmpty()) {
        err << QCoreApplication::translate("ImportsCommand", "Unexpected argument: %1\n")
                   .arg(positional.first());
        return ExitUsage;
    }
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1) {
        err << QCoreApplication::translate("ImportsCommand", "--limit needs a positive number.\n");
        return ExitUsage;
    }
    storage::ImportRepository repository(*context.database);
    QString error;
    const QList<storage::ImportRecord> records = repository.list(limit, &error);
    if (!error.isEmpty()) {
        err << QCoreApplication::translate("ImportsCommand", "Could not read the import history: %1\n")
                   .arg(error);
        return ExitFailure;
    }
    if (context.json) {
        QJsonArray array;
        for (const storage::ImportRecord &r : records) {
            array.append(QJsonObject{
                {QStringLiteral("import_id"), r.id},
                {QStringLiteral("file"), r.fileName},
                {QStringLiteral("path"), r.filePath},
                {QStringLiteral("status"), r.status},
                {QStringLiteral("rows"), r.rowsTotal},
                {QStringLiteral("created"), r.created},
                {QStringLiteral("updated"), r.updated},
                {QStringLiteral("duplicates"), r.duplicates},
                {QStringLiteral("rejected"), r.rejected},
                {QStringLiteral("policy"), r.policy},
                {QStringLiteral("mapping"), r.mappingName},
                {QStringLiteral("encoding"), r.encoding},
                {QStringLiteral("delimiter"), r.delimiter},
                {QStringLiteral("error_report"), orNull(r.errorReport)},
                {QStringLiteral("error"), orNull(r.errorMessage)},
                {QStringLiteral("started_at"), timestamp(r.startedAt)},
                {QStringLiteral("finished_at"), timestamp(r.finishedAt)},
            });
        }
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8\n")
               .arg(QStringLiteral("ID"), 5)
               .arg(QStringLiteral("STATUS"), -9)
               .arg(QStringLiteral("ROWS"), 8)
               .arg(QStringLiteral("CREATED"), 8)
               .arg(QStringLiteral("UPDATED"), 8)
               .arg(QStringLiteral("DUPES"), 8)
               .arg(QStringLiteral("REJECTED"), 8)
               .arg(QStringLiteral("FILE"));
    for (const storage::ImportRecord &r : records) {
        out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8\n")
                   .arg(r.id, 5)
                   .arg(r.status, -9)
                   .arg(r.rowsTotal, 8)
                   .arg(r.created, 8)
                   .arg(r.updated, 8)
                   .arg(r.duplicates, 8)
                   .arg(r.rejected, 8)
                   .arg(r.fileName);
    }
    if (records.isEmpty())
        err << QCoreApplication::translate("ImportsCommand", "No imports yet.\n");
    return ExitOk;
}

} // namespace prospector::cli
