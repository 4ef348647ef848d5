#pragma once

#include "cli/command.h"

namespace prospector::cli {

// `prospector imports [--json]`: the import history, newest first.
class ImportsCommand : public Command {
public:
    QString name() const override { return QStringLiteral("imports"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const QStringList &positional, CliContext &context) override;
};

} // namespace prospector::cli
