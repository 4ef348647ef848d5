#pragma once

#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>

namespace prospector::storage {
class Database;
}
namespace prospector::lemlist {
class LemlistClient;
struct Activity;
} // namespace prospector::lemlist

namespace prospector::sync {

class Clock;
class ReplyRecorder;

// Polls lemlist activities (replies, bounces, unsubscribes, opens) and records what is new.
// lemlist pages newest first with plain offsets, so each type is read page by page until an
// activity at or before the stored cursor (sync_cursors "lemlist:activities:<type>") shows up.
// Each activity is recorded at most once: its id is the timeline entry's unique external id.
// The cursor moves only after every new activity of the type was recorded, so a crash repeats a
// page (harmlessly) instead of skipping one.
//   emailsReplied      -> ReplyRecorder (timeline with the reply's text, stage "replied",
//                         classification of that text, opt-out suppression). The feed leaves a
//                         reply's body out; it is read from the contact's inbox conversation
//                         (GET /inbox/{contactId}) first, and a failed read leaves the reply and
//                         the cursor for the next poll rather than classify it blind.
//   emailsBounced      -> timeline, bounced flag, suppression "bounced"
//   emailsUnsubscribed -> timeline, unsubscribed flag, suppression "unsubscribed"
//   emailsOpened       -> timeline
class LemlistActivityTracker : public QObject {
    Q_OBJECT
public:
    struct Report {
        int fetched = 0;
        int recorded = 0;
        int duplicates = 0;
        int unmatched = 0; // no local prospect with that e-mail
        QString error;     // set when a page or a write failed: the cursor of that type did not move
    };

    LemlistActivityTracker(const storage::Database &database, lemlist::LemlistClient &client,
                           ReplyRecorder &replies, const Clock &clock, QObject *parent = nullptr);
    ~LemlistActivityTracker() override;

    static QStringList trackedTypes();
    void poll(std::function<void(const Report &)> done);

private:
    struct Run;
    void nextType(const std::shared_ptr<Run> &run);
    void fetchPage(const std::shared_ptr<Run> &run, int offset);
    void finishType(const std::shared_ptr<Run> &run);
    void recordNext(const std::shared_ptr<Run> &run);
    bool needsReplyText(const lemlist::Activity &activity, Report &report) const;
    void fetchReplyText(const std::shared_ptr<Run> &run, int skip, int pages);
    // Returns false on a database error (reported in run->report.error).
    bool record(const lemlist::Activity &activity, Report &report);

    const storage::Database &m_database;
    lemlist::LemlistClient &m_client;
    ReplyRecorder &m_replies;
    const Clock &m_clock;
};

} // namespace prospector::sync
