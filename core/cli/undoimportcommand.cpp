#include "cli/undoimportcommand.h"

#include "importing/importundo.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace prospector::cli {

QString UndoImportCommand::summary() const {
    return QCoreApplication::translate(
        "UndoImportCommand", "Undo an import: remove the prospects it created, restore what it changed.");
}

void UndoImportCommand::addOptions(QCommandLineParser &) const {}

int UndoImportCommand::run(const QCommandLineParser &, const QStringList &positional, CliContext &context) {
    QTextStream &out = *context.out;
    QTextStream &err = *context.err;
    bool ok = false;
    const qint64 id = positional.size() == 1 ? positional.first().toLongLong(&ok) : 0;
    if (!ok || id <= 0) {
        err << QCoreApplication::translate("UndoImportCommand",
                                           "Usage: prospector undo-import ID (see prospector imports)\n");
        return ExitUsage;
    }
    const importing::ImportUndo::Result result = importing::ImportUndo(*context.database).undo(id);
    if (!result.ok) {
        err << result.error << '\n';
        return ExitFailure;
    }
    if (context.json) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("import_id"), id},
                                         {QStringLiteral("status"), QStringLiteral("undone")},
                                         {QStringLiteral("removed"), result.removed},
                                         {QStringLiteral("restored"), result.restored}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
    } else {
        out << QCoreApplication::translate("UndoImportCommand",
                                           "Import %1 undone: %2 prospects removed, %3 fields restored.\n")
                   .arg(id)
                   .arg(result.removed)
                   .arg(result.restored);
    }
    return ExitOk;
}

} // namespace prospector::cli
