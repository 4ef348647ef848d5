#include "cli/clirunner.h"

#include "common/version.h"
#include "logging/categories.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace prospector::cli {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("CliRunner", text);
}

// Global options that take a value, so their value is not mistaken for a command name.
const QStringList &valueOptions() {
    static const QStringList options = {QStringLiteral("--data-dir"), QStringLiteral("--log-level")};
    return options;
}

} // namespace

CliRunner::CliRunner(std::vector<std::unique_ptr<Command>> commands)
    : m_commands(std::move(commands)) {}

void CliRunner::addGlobalOptions(QCommandLineParser &parser) {
    parser.addOption(
        {QStringLiteral("data-dir"), tr("Keep the database, logs and reports in <dir>."), tr("dir")});
    parser.addOption(
        {QStringLiteral("log-level"), tr("Log level: trace, debug, info, warn, error."), tr("level")});
    parser.addOption(
        {QStringLiteral("sandbox"), tr("Use the built-in simulators of HubSpot, lemlist and Explorium.")});
    parser.addOption({QStringLiteral("json"), tr("Print machine-readable JSON.")});
}

QString CliRunner::globalOptionValue(const QStringList &arguments, const QString &name) {
    const QString flag = QStringLiteral("--") + name;
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == flag && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(flag + QLatin1Char('=')))
            return arguments.at(i).mid(flag.size() + 1);
    }
    return {};
}

int CliRunner::firstPositionalIndex(const QStringList &arguments) {
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (valueOptions().contains(arg)) {
            ++i; // skip the value
            continue;
        }
        if (arg.startsWith(QLatin1Char('-')))
            continue;
        return i;
    }
    return -1;
}

bool CliRunner::isCliInvocation(const QStringList &arguments) const {
    for (const QString &arg : arguments.mid(1)) {
        if (arg == QLatin1String("--version") || arg == QLatin1String("-v") ||
            arg == QLatin1String("--help") || arg == QLatin1String("-h"))
            return true;
    }
    const int index = firstPositionalIndex(arguments);
    return index > 0 && find(arguments.at(index)) != nullptr;
}

Command *CliRunner::find(const QString &name) const {
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QString CliRunner::usage() const {
    QString text = tr("Usage: prospector [options] [command] [command options]\n\n"
                      "Without a command, Prospector opens its window.\n\nCommands:\n");
    for (const auto &command : m_commands)
        text += QStringLiteral("  %1 %2\n").arg(command->name(), -14).arg(command->summary());
    text += tr("\nGlobal options:\n"
               "  --data-dir DIR    keep data in DIR (also: environment PROSPECTOR_DATA_DIR)\n"
               "  --log-level LVL   trace, debug, info, warn, error\n"
               "  --sandbox         use the built-in simulators of the three services\n"
               "  --json            machine-readable output\n"
               "  --version, --help\n\n"
               "Exit codes: 0 success, 1 failure, 2 usage error.\n"
               "Run 'prospector COMMAND --help' for a command's options.\n");
    return text;
}

int CliRunner::run(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    const int index = firstPositionalIndex(arguments);
    Command *command = index > 0 ? find(arguments.at(index)) : nullptr;

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    addGlobalOptions(parser);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Show the version."));
    parser.addOption(help);
    parser.addOption(version);
    if (command)
        command->addOptions(parser);

    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n' << usage();
        return ExitUsage;
    }
    if (parser.isSet(version)) {
        out << kApplicationName << ' ' << kVersion << '\n';
        return ExitOk;
    }
    if (parser.isSet(help)) {
        if (command) {
            out << tr("Usage: prospector %1 [options]\n%2\n\n").arg(command->name(), command->summary());
            out << parser.helpText().section(QLatin1Char('\n'), 2);
        } else {
            out << usage();
        }
        return ExitOk;
    }
    if (!command) {
        const QStringList positional = parser.positionalArguments();
        err << (positional.isEmpty() ? tr("No command given.\n")
                                     : tr("Unknown command: %1\n").arg(positional.constFirst()))
            << usage();
        return ExitUsage;
    }

    CliContext context{AppPaths::resolve(parser.value(QStringLiteral("data-dir"))),
                       nullptr,
                       &out,
                       &err,
                       parser.isSet(QStringLiteral("json")),
                       parser.isSet(QStringLiteral("sandbox"))};
    std::unique_ptr<storage::Database> database;
    if (command->needsDatabase()) {
        QString error;
        if (!context.paths.ensureExists(&error)) {
            err << error << '\n';
            return ExitFailure;
        }
        database = std::make_unique<storage::Database>(context.paths.databaseFile());
        // The upgrade takes a while on a large database: say why nothing happens meanwhile.
        if (database->needsUpgrade())
            err << tr("Updating the prospect database for this version of Prospector (once; up to a minute "
                      "for a large database)…")
                << '\n'
                << Qt::flush;
        if (!database->open(&error)) {
            err << error << '\n';
            return ExitFailure;
        }
        context.database = database.get();
    }
    QStringList positional = parser.positionalArguments();
    positional.removeFirst(); // the command name
    qCInfo(lcCli) << "running command" << command->name();
    const int code = command->run(parser, positional, context);
    out.flush();
    err.flush();
    return code;
}

} // namespace prospector::cli
