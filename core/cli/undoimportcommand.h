#pragma once

#include "cli/command.h"

namespace prospector::cli {

// `prospector undo-import ID [--json]`: removes what an import created, restores what it changed.
class UndoImportCommand : public Command {
public:
    QString name() const override { return QStringLiteral("undo-import"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const QStringList &positional, CliContext &context) override;
};

} // namespace prospector::cli
