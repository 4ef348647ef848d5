#pragma once

#include "cli/command.h"
#include "sync/syncrun.h"

namespace prospector::cli {

// `prospector autopilot status|pause|resume|run-once|approve|reject|audit`. run-once executes a
// real run now (resuming an interrupted or paused one first) with the headless engine, or with
// --dry-run only reports what a run would do. A run that needs approval stops as awaiting
// approval (exit 3) until `approve RUN_ID` (which continues it here) or `reject RUN_ID`.
class AutopilotCommand : public Command {
public:
    explicit AutopilotCommand(sync::SyncRun::TokenProvider tokens = {});

    QString name() const override { return QStringLiteral("autopilot"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const QStringList &positional, CliContext &context) override;

private:
    int status(CliContext &context);
    int setPaused(bool paused, CliContext &context);
    int dryRun(const QCommandLineParser &parser, CliContext &context);
    int execute(const QString &action, qint64 runId, CliContext &context);
    int audit(qint64 runId, CliContext &context);

    sync::SyncRun::TokenProvider m_tokens;
};

} // namespace prospector::cli
