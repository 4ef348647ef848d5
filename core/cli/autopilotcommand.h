#pragma once

#include "cli/command.h"

namespace prospector::cli {

// `prospector autopilot status|pause|resume|run-once`. run-once currently plans only: with
// --dry-run it reports what a run would sync, enroll and skip (and records that report), and
// writes nothing remote. A real unattended run is not available from the command line yet.
class AutopilotCommand : public Command {
public:
    QString name() const override { return QStringLiteral("autopilot"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const QStringList &positional, CliContext &context) override;

private:
    int status(CliContext &context);
    int setPaused(bool paused, CliContext &context);
    int runOnce(const QCommandLineParser &parser, CliContext &context);
};

} // namespace prospector::cli
