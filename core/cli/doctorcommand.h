#pragma once

#include "cli/command.h"

namespace prospector::cli {

// `prospector doctor`: where things are and whether the machine can run Prospector well.
class DoctorCommand : public Command {
public:
    QString name() const override { return QStringLiteral("doctor"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const QStringList &positional, CliContext &context) override;
};

} // namespace prospector::cli
