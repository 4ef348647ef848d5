#pragma once

#include <QString>

namespace prospector::logging {

struct LogOptions {
    QString logDir;                                // rotating files go here; empty = console only
    QString level = QStringLiteral("info");        // trace|debug|info|warn|error
    bool console = true;                           // mirror to stderr
    QString consoleLevel = QStringLiteral("info"); // the CLI keeps stderr quiet: "warn"
    qint64 maxFileBytes = 5 * 1024 * 1024;
    int maxFiles = 5;
};

// Installs the one Qt message handler of the process. Every qC*() call, whatever its category,
// is redacted and then written by spdlog to a rotating file in the log dir and to stderr.
// Returns false (and keeps console logging) when the log file cannot be opened.
bool installLogSink(const LogOptions &options, QString *error = nullptr);

// Restores Qt's default handler and flushes files (used at exit and by tests).
void shutdownLogSink();

QString logFileName();

} // namespace prospector::logging
