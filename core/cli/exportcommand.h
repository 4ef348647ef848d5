#pragma once

#include "cli/command.h"

namespace prospector::cli {

// `prospector export FILE`: the prospects of a view (same options as `list`) to a CSV file.
class ExportCommand : public Command {
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const QStringList &positional, CliContext &context) override;
};

} // namespace prospector::cli
