#include "cli/importcommand.h"

#include "cli/signalcancel.h"
#include "importing/importjob.h"
#include "importing/importlogging.h"
#include "importing/mappingpresets.h"
#include "importing/mappingstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace prospector::cli {
namespace {

QJsonValue orNull(const QString &text) {
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

QString ImportCommand::summary() const {
    return QCoreApplication::translate("ImportCommand", "Import prospects from a CSV file.");
}

void ImportCommand::addOptions(QCommandLineParser &parser) const {
    parser.addOption(
        {QStringLiteral("mapping"),
         QCoreApplication::translate(
             "ImportCommand",
             "Column mapping: auto (default), salesnav, apollo, hubspot, lemlist, generic, or the "
             "name of a saved mapping."),
         QStringLiteral("mapping"), QStringLiteral("auto")});
    parser.addOption(
        {QStringLiteral("policy"),
         QCoreApplication::translate("ImportCommand", "For prospects you already have: skip, fill (default: "
                                                      "fill empty fields only) or overwrite."),
         QStringLiteral("policy"), QStringLiteral("fill")});
}

int ImportCommand::run(const QCommandLineParser &parser, const QStringList &positional, CliContext &context) {
    QTextStream &out = *context.out;
    QTextStream &err = *context.err;
    if (positional.size() != 1) {
        err << QCoreApplication::translate("ImportCommand", "Usage: prospector import FILE [--mapping M] "
                                                            "[--policy P] [--json]\n");
        return ExitUsage;
    }
    importing::ImportOptions options;
    options.filePath = positional.constFirst();
    options.reportsDir = context.paths.reportsDir();
    const auto policy = importing::policyFromKey(parser.value(QStringLiteral("policy")));
    if (!policy) {
        err << QCoreApplication::translate("ImportCommand", "--policy must be skip, fill or overwrite.\n");
        return ExitUsage;
    }
    options.policy = *policy;
    const QString mapping = parser.value(QStringLiteral("mapping"));
    if (mapping == QStringLiteral("auto") || importing::MappingPresets::isPreset(mapping)) {
        options.preset = mapping;
    } else {
        QString error;
        options.mapping = importing::MappingStore(*context.database).load(mapping, &error);
        if (!options.mapping) {
            err << (error.isEmpty()
                        ? QCoreApplication::translate("ImportCommand",
                                                      "There is no saved mapping named %1.\n")
                              .arg(mapping)
                        : QCoreApplication::translate("ImportCommand", "Cannot read mapping %1: %2\n")
                              .arg(mapping, error));
            return ExitUsage;
        }
    }
    if (!QFileInfo(options.filePath).isFile()) {
        err << QCoreApplication::translate("ImportCommand", "No such file: %1\n").arg(options.filePath);
        return ExitFailure;
    }

    // An import that was killed (power cut, SIGKILL) is still marked running; say so before the next one,
    // as the app does on start. Its committed batches stay: their counts were saved with them.
    // A failed check is not fatal: the import itself reports a database it cannot use.
    QString interruptedError;
    if (importing::ImportJob::markInterrupted(*context.database, &interruptedError) < 0)
        qCWarning(lcImport) << "cannot check for interrupted imports:" << interruptedError;

    importing::ImportJob job(*context.database, options);
    QElapsedTimer sinceLastLine;
    sinceLastLine.start();
    int lastStep = -1;
    QObject::connect(
        &job, &importing::ImportJob::progress, &job,
        [&](const importing::ImportProgress &p) {
            if (p.phase == importing::ImportProgress::Phase::Indexing) {
                // Few, long steps: each one is worth a line.
                if (p.step == lastStep)
                    return;
                lastStep = p.step;
                err << QCoreApplication::translate("ImportCommand", "Building indexes: %1 of %2\n")
                           .arg(p.step)
                           .arg(p.steps);
                err.flush();
                return;
            }
            if (sinceLastLine.elapsed() < 1000)
                return;
            sinceLastLine.restart();
            err << QCoreApplication::translate("ImportCommand", "%1 rows, %2 rows/s, about %3 s left\n")
                       .arg(p.counts.rows)
                       .arg(qRound64(p.rowsPerSecond))
                       .arg(p.etaSeconds < 0 ? QStringLiteral("?") : QString::number(p.etaSeconds));
            err.flush();
        },
        Qt::DirectConnection);
    int signal = 0;
    {
        // Ctrl+C or SIGTERM cancel at the next row: the batch in progress rolls back, committed
        // batches stay, the record says "cancelled" (a second Ctrl+C kills at once).
        const SignalCancel onSignal(job.cancellation());
        job.run(); // synchronously: the command line has nothing else to do meanwhile
        signal = onSignal.received();
    }
    const importing::ImportResult r = job.result();

    if (context.json) {
        const QJsonObject json{
            {QStringLiteral("import_id"), r.importId > 0 ? QJsonValue(r.importId) : QJsonValue()},
            {QStringLiteral("rows"), r.counts.rows},
            {QStringLiteral("created"), r.counts.created},
            {QStringLiteral("updated"), r.counts.updated},
            {QStringLiteral("duplicates"), r.counts.duplicates},
            {QStringLiteral("rejected"), r.counts.rejected},
            {QStringLiteral("status"), r.status},
            {QStringLiteral("error_report"), orNull(r.errorReport)},
        };
        out << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
    } else {
        out << QCoreApplication::translate(
                   "ImportCommand",
                   "Import %1 %2: %3 rows, %4 created, %5 updated, %6 duplicates, %7 rejected.\n")
                   .arg(r.importId)
                   .arg(r.status)
                   .arg(r.counts.rows)
                   .arg(r.counts.created)
                   .arg(r.counts.updated)
                   .arg(r.counts.duplicates)
                   .arg(r.counts.rejected);
        if (!r.errorReport.isEmpty())
            out << QCoreApplication::translate("ImportCommand", "Rejected rows and their reasons: %1\n")
                       .arg(r.errorReport);
    }
    if (!r.errorMessage.isEmpty())
        err << r.errorMessage << '\n';
    if (signal != 0 && r.status == QStringLiteral("cancelled")) {
        err << QCoreApplication::translate(
            "ImportCommand", "Import cancelled: the rows of its completed batches were kept.\n");
        return SignalCancel::exitCode(signal);
    }
    return r.status == QStringLiteral("completed") ? ExitOk : ExitFailure;
}

} // namespace prospector::cli
