#pragma once

#include "cli/command.h"

namespace prospector::cli {

// `prospector import FILE [--mapping auto|salesnav|apollo|hubspot|lemlist|NAME]
//  [--policy skip|fill|overwrite] [--json]`. With --json it prints
// {"import_id","rows","created","updated","duplicates","rejected","status","error_report"}.
class ImportCommand : public Command {
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const QStringList &positional, CliContext &context) override;
};

} // namespace prospector::cli
