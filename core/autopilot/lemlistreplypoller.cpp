#include "autopilot/lemlistreplypoller.h"

#include "lemlist/lemlistclient.h"
#include "sync/lemlistactivitytracker.h"
#include "sync/replyclassifier/replyclassifier.h"
#include "sync/replyrecorder.h"

#include <QCoreApplication>
#include <QTimer>

namespace prospector::autopilot {

LemlistReplyPoller::LemlistReplyPoller(const storage::Database &database,
                                       sync::ServiceHttpClients::TokenProvider tokens,
                                       const sync::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_tokens(std::move(tokens))
    , m_clock(clock) {}

LemlistReplyPoller::~LemlistReplyPoller() {
    m_tracker.reset(); // before the client it uses
}

void LemlistReplyPoller::poll(std::function<void(const Result &)> done) {
    if (!m_tokens || m_tokens(net::Service::Lemlist).isEmpty()) {
        QTimer::singleShot(0, this, [done] {
            Result result;
            result.error = QCoreApplication::translate("Autopilot", "no token is stored for %1")
                               .arg(net::serviceDisplayName(net::Service::Lemlist));
            done(result);
        });
        return;
    }
    if (!m_tracker) {
        m_clients = std::make_unique<sync::ServiceHttpClients>(m_database, m_tokens);
        m_client = std::make_unique<lemlist::LemlistClient>(m_clients->client(net::Service::Lemlist));
        m_classifier = std::make_unique<sync::ReplyClassifier>();
        m_recorder = std::make_unique<sync::ReplyRecorder>(m_database, *m_classifier, m_clock);
        m_tracker =
            std::make_unique<sync::LemlistActivityTracker>(m_database, *m_client, *m_recorder, m_clock);
    }
    QTimer::singleShot(0, this, [this, done] {
        m_tracker->poll([done](const sync::LemlistActivityTracker::Report &report) {
            Result result;
            result.recorded = report.recorded;
            if (!report.error.isEmpty())
                result.error =
                    QCoreApplication::translate("Autopilot", "lemlist activities could not be read: %1")
                        .arg(report.error);
            done(result);
        });
    });
}

} // namespace prospector::autopilot
