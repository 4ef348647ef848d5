#pragma once

#include "common/apppaths.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace prospector::storage {
class Database;
}

namespace prospector::cli {

// Documented exit codes of the command line (README "Command line").
enum ExitCode {
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2,
    ExitAwaitingApproval = 3, // autopilot: the run waits for `autopilot approve|reject RUN_ID`
    ExitPaused = 4,           // autopilot: the kill switch is on (the run stopped at a safe point)
};

// What every command gets from the runner: resolved paths, the opened database, the output
// streams (stdout for results, stderr for progress and errors) and the global flags.
struct CliContext {
    AppPaths paths;
    storage::Database *database = nullptr;
    QTextStream *out = nullptr;
    QTextStream *err = nullptr;
    bool json = false;
    bool sandbox = false;
};

// One headless command. The CLI has no other event loop running, so a command that waits for
// asynchronous work may run its own QEventLoop until that work reports back.
class Command {
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // Whether the runner must open (and migrate) the database before run().
    virtual bool needsDatabase() const { return true; }
    virtual void addOptions(QCommandLineParser &parser) const = 0;
    // `positional` excludes the command name itself.
    virtual int run(const QCommandLineParser &parser, const QStringList &positional, CliContext &context) = 0;
};

} // namespace prospector::cli
