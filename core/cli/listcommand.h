#pragma once

#include "cli/command.h"

namespace prospector::cli {

// `prospector list`: prospects matching a search, as a table or JSON.
class ListCommand : public Command {
public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const QStringList &positional, CliContext &context) override;
};

} // namespace prospector::cli
