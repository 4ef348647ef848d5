#pragma once

#include "cli/command.h"

namespace prospector::cli {

// `prospector credentials set|status|clear`: manages the service tokens in the keychain.
// `set` reads the token from standard input only (never from the command line).
class CredentialsCommand : public Command {
public:
    QString name() const override { return QStringLiteral("credentials"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const QStringList &positional, CliContext &context) override;
};

} // namespace prospector::cli
