#pragma once

#include "autopilot/replypoller.h"
#include "sync/servicehttpclients.h"

#include <QObject>
#include <memory>

namespace prospector::storage {
class Database;
}
namespace prospector::lemlist {
class LemlistClient;
}
namespace prospector::sync {
class Clock;
class LemlistActivityTracker;
class ReplyClassifier;
class ReplyRecorder;
} // namespace prospector::sync

namespace prospector::autopilot {

// Polls lemlist with the headless clients (the same path as `prospector track`).
class LemlistReplyPoller final : public QObject, public ReplyPoller {
    Q_OBJECT
public:
    LemlistReplyPoller(const storage::Database &database, sync::ServiceHttpClients::TokenProvider tokens,
                       const sync::Clock &clock, QObject *parent = nullptr);
    ~LemlistReplyPoller() override;

    void poll(std::function<void(const Result &)> done) override;

private:
    const storage::Database &m_database;
    sync::ServiceHttpClients::TokenProvider m_tokens;
    const sync::Clock &m_clock;
    std::unique_ptr<sync::ServiceHttpClients> m_clients;
    std::unique_ptr<lemlist::LemlistClient> m_client;
    std::unique_ptr<sync::ReplyClassifier> m_classifier;
    std::unique_ptr<sync::ReplyRecorder> m_recorder;
    std::unique_ptr<sync::LemlistActivityTracker> m_tracker;
};

} // namespace prospector::autopilot
