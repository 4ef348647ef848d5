#pragma once

#include "cli/command.h"
#include "sync/servicehttpclients.h"

namespace prospector::cli {

// `prospector track [--json]`: polls lemlist activities once (replies, bounces, unsubscribes,
// opens since the stored cursors) and records them; opt-outs, bounces and unsubscribes go to the
// suppression list.
class TrackCommand : public Command {
public:
    explicit TrackCommand(sync::ServiceHttpClients::TokenProvider tokens);
    QString name() const override { return QStringLiteral("track"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const QStringList &positional, CliContext &context) override;

private:
    sync::ServiceHttpClients::TokenProvider m_tokens;
};

} // namespace prospector::cli
