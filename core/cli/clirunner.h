#pragma once

#include "cli/command.h"

#include <QStringList>
#include <memory>
#include <vector>

namespace prospector::cli {

// Decides between window and command line, and runs commands. Commands are handed in by the
// composition root so this class knows none of them.
class CliRunner {
public:
    explicit CliRunner(std::vector<std::unique_ptr<Command>> commands);

    // True when the arguments ask for a command, --version or --help (no window then).
    bool isCliInvocation(const QStringList &arguments) const;

    // Runs and returns the exit code. Output goes to the given streams.
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    // Options every command and the GUI understand.
    static void addGlobalOptions(QCommandLineParser &parser);
    // Value of a global option given as "--name value" or "--name=value" (empty when absent).
    static QString globalOptionValue(const QStringList &arguments, const QString &name);
    // Index of the first argument that is not a global option or its value (-1 if none).
    static int firstPositionalIndex(const QStringList &arguments);

private:
    Command *find(const QString &name) const;
    QString usage() const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace prospector::cli
