#pragma once

#include "cli/command.h"
#include "sync/syncrun.h"

namespace prospector::cli {

// `prospector enroll --campaign ID [--search T] [--stage S] [--json]`: queues the chosen
// prospects (qualified or synced by default) for a lemlist campaign, at most once per address and
// never when suppressed, and drains the lemlist outbox to completion.
class EnrollCommand : public Command {
public:
    explicit EnrollCommand(sync::SyncRun::TokenProvider tokens);
    QString name() const override { return QStringLiteral("enroll"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const QStringList &positional, CliContext &context) override;

private:
    sync::SyncRun::TokenProvider m_tokens;
};

} // namespace prospector::cli
