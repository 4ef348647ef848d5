#pragma once

#include "cli/command.h"
#include "sync/syncrun.h"

namespace prospector::cli {

// `prospector enrich [--search Q] [--stage S] [--tier T] [--tag T] [--min-score N] [--json]`:
// queues Explorium enrichment for the prospects of the view (and their companies) and drains it
// to completion. Cache hits cost nothing; the credit budget (Settings) stops paid calls.
class EnrichCommand : public Command {
public:
    explicit EnrichCommand(sync::SyncRun::TokenProvider tokens);
    QString name() const override { return QStringLiteral("enrich"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const QStringList &positional, CliContext &context) override;

private:
    sync::SyncRun::TokenProvider m_tokens;
};

} // namespace prospector::cli
