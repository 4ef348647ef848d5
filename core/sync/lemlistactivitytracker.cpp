#include "sync/lemlistactivitytracker.h"

#include "lemlist/lemlistclient.h"
#include "storage/activityrepository.h"
#include "storage/database.h"
#include "storage/prospectrepository.h"
#include "storage/sqlerror.h"
#include "sync/clock.h"
#include "sync/replyrecorder.h"
#include "sync/suppressionrepository.h"
#include "sync/synccursorrepository.h"
#include "sync/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace prospector::sync {
namespace {

QString cursorName(const QString &type) {
    return QLatin1String("lemlist:activities:") + type;
}

qint64 toMs(const QString &iso) {
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

} // namespace

namespace {
constexpr int kInboxPageSize = 50;
constexpr int kMaxInboxPages = 10;
} // namespace

struct LemlistActivityTracker::Run {
    QStringList types;
    QString type;
    QString cursor;     // createdAt of the newest activity recorded before (ISO 8601, sorts as text)
    QString newestSeen; // becomes the cursor when the type completes
    QList<lemlist::Activity> fresh;
    QList<lemlist::Activity> pending; // fresh, oldest first, still to record
    bool failed = false;
    Report report;
    std::function<void(const Report &)> done;
};

LemlistActivityTracker::LemlistActivityTracker(const storage::Database &database,
                                               lemlist::LemlistClient &client, ReplyRecorder &replies,
                                               const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_client(client)
    , m_replies(replies)
    , m_clock(clock) {}

LemlistActivityTracker::~LemlistActivityTracker() = default;

QStringList LemlistActivityTracker::trackedTypes() {
    return {QStringLiteral("emailsReplied"), QStringLiteral("emailsBounced"),
            QStringLiteral("emailsUnsubscribed"), QStringLiteral("emailsOpened")};
}

void LemlistActivityTracker::poll(std::function<void(const Report &)> done) {
    auto run = std::make_shared<Run>();
    run->types = trackedTypes();
    run->done = std::move(done);
    nextType(run);
}

void LemlistActivityTracker::nextType(const std::shared_ptr<Run> &run) {
    if (run->types.isEmpty()) {
        run->done(run->report);
        return;
    }
    run->type = run->types.takeFirst();
    run->fresh.clear();
    run->failed = false;
    QString error;
    const auto cursor = SyncCursorRepository(m_database).value(cursorName(run->type), &error);
    if (!cursor) {
        run->report.error = error;
        nextType(run);
        return;
    }
    run->cursor = *cursor;
    run->newestSeen = *cursor;
    fetchPage(run, 0);
}

void LemlistActivityTracker::fetchPage(const std::shared_ptr<Run> &run, int offset) {
    lemlist::ActivityQuery query;
    query.type = run->type;
    query.offset = offset;
    m_client.listActivities(query, this, [this, run](const net::ApiResult<lemlist::ActivityPage> &r) {
        if (!r.ok()) {
            run->report.error = r.error.toLogString();
            nextType(run); // this type's cursor stays where it was
            return;
        }
        bool reachedCursor = false;
        for (const lemlist::Activity &activity : r.value.activities) {
            ++run->report.fetched;
            if (!run->cursor.isEmpty() && activity.createdAt <= run->cursor) {
                reachedCursor = true;
                break;
            }
            run->fresh.append(activity);
            if (activity.createdAt > run->newestSeen)
                run->newestSeen = activity.createdAt;
        }
        if (!reachedCursor && r.value.nextOffset >= 0)
            fetchPage(run, r.value.nextOffset);
        else
            finishType(run);
    });
}

void LemlistActivityTracker::finishType(const std::shared_ptr<Run> &run) {
    // Oldest first, so the timeline and stage changes happen in the order they occurred.
    run->pending = QList<lemlist::Activity>(run->fresh.crbegin(), run->fresh.crend());
    recordNext(run);
}

void LemlistActivityTracker::recordNext(const std::shared_ptr<Run> &run) {
    while (!run->failed && !run->pending.isEmpty()) {
        const lemlist::Activity &activity = run->pending.constFirst();
        if (needsReplyText(activity, run->report)) {
            fetchReplyText(run, 0, 0);
            return;
        }
        const lemlist::Activity next = run->pending.takeFirst();
        if (!record(next, run->report)) {
            run->failed = true;
            break;
        }
    }
    if (!run->failed && run->newestSeen != run->cursor) {
        QString error;
        if (!SyncCursorRepository(m_database)
                 .setValue(cursorName(run->type), run->newestSeen, m_clock.nowMs(), &error))
            run->report.error = error;
    }
    nextType(run);
}

bool LemlistActivityTracker::needsReplyText(const lemlist::Activity &activity, Report &report) const {
    if (activity.type != QLatin1String("emailsReplied") || !activity.text.isEmpty() ||
        activity.contactId.isEmpty())
        return false;
    // Only for a reply that will be recorded now: a known prospect, not recorded before.
    QSqlQuery query(m_database.connection());
    QString error;
    if (!storage::exec(
            query,
            QStringLiteral("SELECT (SELECT count(*) FROM prospects WHERE email = ?), "
                           "(SELECT count(*) FROM activities WHERE external_id = ?)"),
            {activity.leadEmail.trimmed().toLower(), QString(QLatin1String("lemlist:") + activity.id)},
            &error) ||
        !query.next()) {
        report.error = error;
        return false; // record() meets the same database and reports it
    }
    return query.value(0).toInt() > 0 && query.value(1).toInt() == 0;
}

void LemlistActivityTracker::fetchReplyText(const std::shared_ptr<Run> &run, int skip, int pages) {
    const lemlist::Activity activity = run->pending.constFirst();
    m_client.getConversation(activity.contactId, skip, kInboxPageSize, this,
                             [this, run, pages](const net::ApiResult<lemlist::InboxPage> &r) {
                                 if (!r.ok()) {
                                     // Without its text the reply would be classified blind: leave it (and
                                     // the cursor) for the next poll.
                                     run->report.error = r.error.toLogString();
                                     run->failed = true;
                                     recordNext(run);
                                     return;
                                 }
                                 lemlist::Activity &activity = run->pending.first();
                                 for (const lemlist::InboxMessage &message : r.value.messages) {
                                     if (message.id == activity.id) {
                                         activity.text = message.text;
                                         activity.subject = message.subject;
                                         break;
                                     }
                                 }
                                 if (activity.text.isEmpty() && r.value.nextSkip >= 0 &&
                                     pages + 1 < kMaxInboxPages) {
                                     fetchReplyText(run, r.value.nextSkip, pages + 1);
                                     return;
                                 }
                                 // Found, or the conversation has no text for it: either way it is recorded
                                 // now (no contact id: needsReplyText() asks no more).
                                 activity.contactId.clear();
                                 recordNext(run);
                             });
}

bool LemlistActivityTracker::record(const lemlist::Activity &activity, Report &report) {
    storage::ProspectRepository prospects(m_database);
    storage::Prospect prospect;
    QString error;
    const auto found = prospects.findByEmail(activity.leadEmail.trimmed().toLower(), &prospect, &error);
    if (found == storage::ProspectRepository::Lookup::Error) {
        report.error = error;
        return false;
    }
    if (found == storage::ProspectRepository::Lookup::NotFound) {
        ++report.unmatched;
        return true;
    }
    const qint64 occurredAt = toMs(activity.createdAt);
    if (activity.type == QLatin1String("emailsReplied")) {
        const auto outcome =
            m_replies.record({prospect.id, prospect.email, activity.text, activity.id, occurredAt}, &error);
        if (!outcome) {
            report.error = error;
            return false;
        }
        ++(outcome->duplicate ? report.duplicates : report.recorded);
        return true;
    }

    Transaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        report.error = transaction.error();
        return false;
    }
    storage::Activity entry;
    entry.prospectId = prospect.id;
    entry.externalId = QLatin1String("lemlist:") + activity.id;
    entry.occurredAt = occurredAt ? occurredAt : m_clock.nowMs();
    entry.payload = {{QStringLiteral("type"), activity.type},
                     {QStringLiteral("campaignId"), activity.campaignId}};
    QString flag, reason;
    if (activity.type == QLatin1String("emailsBounced")) {
        entry.kind = QStringLiteral("email_bounced");
        entry.summary = QCoreApplication::translate("LemlistActivityTracker", "E-mail bounced");
        flag = QStringLiteral("bounced");
        reason = QStringLiteral("bounced");
    } else if (activity.type == QLatin1String("emailsUnsubscribed")) {
        entry.kind = QStringLiteral("email_unsubscribed");
        entry.summary = QCoreApplication::translate("LemlistActivityTracker", "Unsubscribed");
        flag = QStringLiteral("unsubscribed");
        reason = QStringLiteral("unsubscribed");
    } else {
        entry.kind = QStringLiteral("email_opened");
        entry.summary = QCoreApplication::translate("LemlistActivityTracker", "Opened an e-mail");
    }
    error.clear();
    if (storage::ActivityRepository(m_database).add(entry, &error) == 0) {
        if (!error.isEmpty()) {
            report.error = error;
            return false;
        }
        ++report.duplicates;
        return true;
    }
    if (!flag.isEmpty()) {
        QSqlQuery query(transaction.connection());
        // flag is one of two literals above, never remote data.
        if (!storage::exec(query,
                           QLatin1String("UPDATE prospects SET ") + flag +
                               QLatin1String(" = 1, updated_at = ? WHERE id = ?"),
                           {m_clock.nowMs(), prospect.id}, &error) ||
            !SuppressionRepository(m_database)
                 .add(prospect.email, reason, QStringLiteral("lemlist"), activity.id, m_clock.nowMs(),
                      &error)) {
            report.error = error;
            return false;
        }
    }
    if (!transaction.commit()) {
        report.error = transaction.error();
        return false;
    }
    ++report.recorded;
    return true;
}

} // namespace prospector::sync
