#include "sync/pipelinepreview.h"

#include "review/bulktarget.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "sync/clock.h"
#include "sync/enrichmentrequester.h"
#include "sync/idempotencykey.h"
#include "sync/outboxrepository.h"
#include "sync/retryschedule.h"
#include "sync/suppressionrepository.h"
#include "sync/transaction.h"

#include <QHash>
#include <QSqlQuery>

namespace prospector::sync {
namespace {

constexpr qsizetype kChunk = 500;

struct Row {
    qint64 id = 0;
    QString email;
    bool doNotContact = false;
};

QString placeholders(qsizetype count) {
    QString text;
    for (qsizetype i = 0; i < count; ++i)
        text += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    return text;
}

// The chunk's prospects that still exist, by id.
bool readRows(const storage::Database &database, const QList<qint64> &ids, QHash<qint64, Row> *rows,
              QString *error) {
    QSqlQuery query(database.connection());
    QVariantList values;
    for (qint64 id : ids)
        values << id;
    // Only placeholders are built; ids travel as bound values.
    if (!storage::exec(
            query,
            QLatin1String("SELECT id, coalesce(email, ''), unsubscribed OR bounced OR do_not_contact "
                          "FROM prospects WHERE id IN (") +
                placeholders(ids.size()) + QLatin1Char(')'),
            values, error))
        return false;
    while (query.next()) {
        Row row;
        row.id = query.value(0).toLongLong();
        row.email = query.value(1).toString();
        row.doNotContact = query.value(2).toBool();
        rows->insert(row.id, row);
    }
    return true;
}

// Outbox state by idempotency key, for the keys that exist.
bool readStates(const storage::Database &database, const QStringList &keys, QHash<QString, QString> *states,
                QString *error) {
    if (keys.isEmpty())
        return true;
    QSqlQuery query(database.connection());
    QVariantList values;
    for (const QString &key : keys)
        values << key;
    if (!storage::exec(query,
                       QLatin1String("SELECT idempotency_key, state FROM outbox WHERE idempotency_key IN (") +
                           placeholders(keys.size()) + QLatin1Char(')'),
                       values, error))
        return false;
    while (query.next())
        states->insert(query.value(0).toString(), query.value(1).toString());
    return true;
}

void countExisting(const QString &state, PipelinePreview *out) {
    if (state == QLatin1String("done"))
        ++out->alreadyDone;
    else if (state == QLatin1String("dead"))
        ++out->previouslyFailed;
    else
        ++out->alreadyPending;
}

template <typename PerChunk>
bool walk(const QList<qint64> &ids, const PipelinePreview::Progress &progress, QString *error,
          PerChunk perChunk) {
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        if (!perChunk(ids.mid(from, kChunk)))
            return false;
        if (progress && !progress(int(std::min(from + kChunk, ids.size())))) {
            if (error)
                error->clear();
            return false;
        }
    }
    return true;
}

} // namespace

bool PipelinePreview::forHubSpot(const storage::Database &database, const QList<qint64> &prospectIds,
                                 PipelinePreview *out, const Progress &progress, QString *error) {
    *out = {};
    out->total = int(prospectIds.size());
    return walk(prospectIds, progress, error, [&](const QList<qint64> &chunk) {
        QHash<qint64, Row> rows;
        if (!readRows(database, chunk, &rows, error))
            return false;
        QStringList keys;
        for (const Row &row : std::as_const(rows))
            if (!row.email.isEmpty())
                keys << IdempotencyKey::hubspotUpsertContact(row.email);
        QHash<QString, QString> states;
        if (!readStates(database, keys, &states, error))
            return false;
        for (qint64 id : chunk) {
            const auto row = rows.constFind(id);
            if (row == rows.cend()) {
                ++out->notFound;
            } else if (row->email.isEmpty()) {
                ++out->noEmail;
            } else {
                // An upsert of the newest data: whatever exists is refreshed, so it is queued.
                ++out->toQueue;
                const auto state = states.constFind(IdempotencyKey::hubspotUpsertContact(row->email));
                if (state != states.cend())
                    countExisting(*state, out);
            }
        }
        return true;
    });
}

bool PipelinePreview::forEnrollment(const storage::Database &database, const QString &campaignId,
                                    const QList<qint64> &prospectIds, PipelinePreview *out,
                                    const Progress &progress, QString *error) {
    *out = {};
    out->total = int(prospectIds.size());
    SuppressionRepository suppression(database);
    return walk(prospectIds, progress, error, [&](const QList<qint64> &chunk) {
        QHash<qint64, Row> rows;
        if (!readRows(database, chunk, &rows, error))
            return false;
        QStringList keys;
        for (const Row &row : std::as_const(rows))
            if (!row.email.isEmpty())
                keys << IdempotencyKey::lemlistEnroll(campaignId, row.email);
        QHash<QString, QString> states;
        if (!readStates(database, keys, &states, error))
            return false;
        for (qint64 id : chunk) {
            const auto row = rows.constFind(id);
            if (row == rows.cend()) {
                ++out->notFound;
                continue;
            }
            if (row->email.isEmpty()) {
                ++out->noEmail;
                continue;
            }
            if (row->doNotContact) {
                ++out->doNotContact;
                continue;
            }
            const auto check = suppression.check(row->email, nullptr, error);
            if (check == SuppressionRepository::Check::Error)
                return false; // as the requester: never promise an enrollment on an unreadable list
            if (check == SuppressionRepository::Check::Suppressed) {
                ++out->suppressed;
                continue;
            }
            // Enrollment happens at most once per campaign and address: an existing row is kept.
            const auto state = states.constFind(IdempotencyKey::lemlistEnroll(campaignId, row->email));
            if (state != states.cend())
                countExisting(*state, out);
            else
                ++out->toQueue;
        }
        return true;
    });
}

bool PipelinePreview::forEnrichment(const storage::Database &database, const QList<qint64> &prospectIds,
                                    PipelinePreview *out, const Progress &progress, QString *error) {
    *out = {};
    out->total = int(prospectIds.size());
    SystemClock clock;
    RetrySchedule schedule;
    OutboxRepository outbox(database, clock, schedule);
    EnrichmentRequester requester(database, outbox, clock);
    return walk(prospectIds, progress, error, [&](const QList<qint64> &chunk) {
        // The requester's own rules, answered in a transaction that is never committed: a chunk
        // holds the write lock for a few milliseconds and leaves nothing behind.
        Transaction transaction(database.connection());
        if (!transaction.isActive()) {
            if (error)
                *error = transaction.error();
            return false;
        }
        EnrichmentRequester::Report report;
        if (!requester.request(transaction, review::BulkTarget::ofIds(chunk), &report, error))
            return false;
        transaction.rollback();
        for (const EnrichmentRequester::Report::Item &item : std::as_const(report.items)) {
            if (item.outcome == QLatin1String("queued"))
                ++out->toQueue;
            else if (item.outcome == QLatin1String("already_queued"))
                ++out->alreadyPending;
            else if (item.outcome == QLatin1String("up_to_date"))
                ++out->alreadyDone;
            else
                ++out->otherReasons[item.detail];
        }
        const int answered = int(report.items.size());
        out->notFound += int(chunk.size()) - answered;
        return true;
    });
}

} // namespace prospector::sync
