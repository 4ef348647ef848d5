#pragma once

#include "cli/command.h"
#include "sync/syncrun.h"

#include <QJsonObject>
#include <QList>
#include <functional>

namespace prospector::storage {
struct Prospect;
}

namespace prospector::cli {

// What the pipeline commands (sync, enroll) share: choosing prospects from the command line,
// draining with progress on stderr, and the final summary (text or --json) on stdout.
class PipelineCommandSupport {
public:
    static void addSelectionOptions(QCommandLineParser &parser);
    // Prospects matching --search/--stage (default stages when none given), with an e-mail,
    // not archived. Returns false (error set) when the database cannot be read.
    static bool select(const QCommandLineParser &parser, const storage::Database &database,
                       const QStringList &defaultStages, QList<storage::Prospect> *out, QString *error);

    // False (and a message on stderr) when no token is available for the service.
    static bool requireToken(const sync::SyncRun::TokenProvider &tokens, net::Service service,
                             CliContext &context);

    // Runs `run` on `services` until it finishes (its own event loop: the CLI has no other),
    // printing progress on stderr. Adds the totals to `summary`, prints it, returns the exit code.
    // `extend` (optional) adds a command's own figures to the summary after the drain and returns
    // a line for the text output (empty for none).
    static int drainAndReport(sync::SyncRun &run, const QStringList &services, QJsonObject summary,
                              CliContext &context,
                              const std::function<QString(QJsonObject &summary)> &extend = {});
};

} // namespace prospector::cli
