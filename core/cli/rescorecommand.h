#pragma once

#include "cli/command.h"

namespace prospector::cli {

// `prospector rescore`: recomputes every prospect's ICP score and tier with the stored rules
// (or --rules FILE), or with --preview only counts how many would land in each tier.
class RescoreCommand : public Command {
public:
    QString name() const override { return QStringLiteral("rescore"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const QStringList &positional, CliContext &context) override;
};

} // namespace prospector::cli
