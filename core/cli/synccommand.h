#pragma once

#include "cli/command.h"
#include "sync/syncrun.h"

namespace prospector::cli {

// `prospector sync [--search T] [--stage S] [--json]`: queues the chosen prospects for HubSpot
// (upsert by e-mail) and drains the HubSpot outbox to completion.
class SyncCommand : public Command {
public:
    explicit SyncCommand(sync::SyncRun::TokenProvider tokens);
    QString name() const override { return QStringLiteral("sync"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const QStringList &positional, CliContext &context) override;

private:
    sync::SyncRun::TokenProvider m_tokens;
};

} // namespace prospector::cli
