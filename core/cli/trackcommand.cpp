#include "cli/trackcommand.h"

#include "cli/pipelinecommandsupport.h"
#include "lemlist/lemlistclient.h"
#include "sync/clock.h"
#include "sync/lemlistactivitytracker.h"
#include "sync/replyclassifier/replyclassifier.h"
#include "sync/replyrecorder.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace prospector::cli {

TrackCommand::TrackCommand(sync::ServiceHttpClients::TokenProvider tokens)
    : m_tokens(std::move(tokens)) {}

QString TrackCommand::summary() const {
    return QCoreApplication::translate("TrackCommand",
                                       "Record new lemlist replies, bounces, unsubscribes and opens.");
}

void TrackCommand::addOptions(QCommandLineParser &) const {}

int TrackCommand::run(const QCommandLineParser &, const QStringList &positional, CliContext &context) {
    if (!positional.isEmpty()) {
        *context.err << QCoreApplication::translate("TrackCommand", "Unexpected argument: %1")
                            .arg(positional.constFirst())
                     << Qt::endl;
        return ExitUsage;
    }
    if (!PipelineCommandSupport::requireToken(m_tokens, net::Service::Lemlist, context))
        return ExitFailure;
    sync::ServiceHttpClients clients(*context.database, m_tokens);
    lemlist::LemlistClient client(clients.client(net::Service::Lemlist));
    sync::SystemClock clock;
    sync::ReplyClassifier classifier;
    sync::ReplyRecorder replies(*context.database, classifier, clock);
    sync::LemlistActivityTracker tracker(*context.database, client, replies, clock);

    QEventLoop loop;
    sync::LemlistActivityTracker::Report report;
    QTimer::singleShot(0, &loop, [&] {
        tracker.poll([&](const sync::LemlistActivityTracker::Report &r) {
            report = r;
            loop.quit();
        });
    });
    loop.exec();

    if (context.json) {
        QJsonObject summary{{QStringLiteral("command"), QStringLiteral("track")},
                            {QStringLiteral("fetched"), report.fetched},
                            {QStringLiteral("recorded"), report.recorded},
                            {QStringLiteral("duplicates"), report.duplicates},
                            {QStringLiteral("unmatched"), report.unmatched}};
        if (!report.error.isEmpty())
            summary.insert(QStringLiteral("error"), report.error);
        *context.out << QJsonDocument(summary).toJson(QJsonDocument::Indented);
    } else {
        *context.out << QCoreApplication::translate(
                            "TrackCommand", "Recorded %1 new activities (%2 seen before, %3 without a "
                                            "matching prospect).")
                            .arg(report.recorded)
                            .arg(report.duplicates)
                            .arg(report.unmatched)
                     << Qt::endl;
        if (!report.error.isEmpty())
            *context.err << report.error << Qt::endl;
    }
    return report.error.isEmpty() ? ExitOk : ExitFailure;
}

} // namespace prospector::cli
