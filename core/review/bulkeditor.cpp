#include "review/bulkeditor.h"

#include "review/immediatetransaction.h"
#include "review/pipelinewords.h"
#include "review/querysql.h"
#include "review/scopedcachesize.h"
#include "review/undostack.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <functional>

namespace prospector::review {
namespace {

using storage::exec;

QString tr(const char *text, int n = -1) {
    return QCoreApplication::translate("BulkEditor", text, nullptr, n);
}

QString quoted(const QString &identifier) {
    return QLatin1Char('"') + identifier + QLatin1Char('"');
}

} // namespace

// What one bulk action does, in SQL over the ids table `%1`: the statement changes prospects;
// its values are bound. `columns` are snapshotted for undo (updated_at is always added).
struct BulkEditor::Change {
    UndoStack::Kind kind = UndoStack::Kind::Columns;
    std::function<QString(qint64 count)> label; // translated
    QString summary;                            // timeline text; empty = no timeline entry
    QStringList columns;
    QString statement;
    QVariantList values;
    QString tag;
    bool createTag = false; // add: create a missing tag; remove: a missing tag means nothing to do
};

BulkEditor::BulkEditor(const storage::Database &database, UndoStack &undo)
    : m_database(database)
    , m_undo(undo) {}

bool BulkEditor::applyInChunks(const QString &ids, const QString &statement, const QVariantList &values,
                               const BulkControl &control, BulkResult *result) {
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    // A temporary table (memory, this connection only) holds one chunk of ids at a time, so the
    // change statement stays as written, whatever the position of its "%1".
    if (!exec(q, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS bulk_chunk (id INTEGER PRIMARY KEY)"), {},
              &result->error) ||
        !exec(q, QStringLiteral("DELETE FROM temp.bulk_chunk"), {}, &result->error))
        return false;
    qint64 done = 0;
    qint64 after = std::numeric_limits<qint64>::min();
    while (done < result->affected) {
        if (control.cancel && control.cancel->load()) {
            result->cancelled = true;
            result->error = tr("Cancelled; nothing was changed.");
            return false;
        }
        if (!exec(
                q,
                QStringLiteral("INSERT INTO temp.bulk_chunk (id) SELECT id FROM %1 WHERE id > ? ORDER BY id "
                               "LIMIT ?")
                    .arg(quoted(ids)),
                {after, kChunkRows}, &result->error) ||
            !exec(q, QStringLiteral("SELECT count(*), max(id) FROM temp.bulk_chunk"), {}, &result->error) ||
            !q.next())
            return false;
        const qint64 rows = q.value(0).toLongLong();
        after = q.value(1).toLongLong();
        q.finish();
        if (rows == 0)
            break;
        if (!exec(q, statement.arg(QStringLiteral("temp.bulk_chunk")), values, &result->error) ||
            !exec(q, QStringLiteral("DELETE FROM temp.bulk_chunk"), {}, &result->error))
            return false;
        done += rows;
        if (control.progress)
            control.progress(done, result->affected);
    }
    return true;
}

BulkResult BulkEditor::run(const BulkTarget &target, const Change &change, const BulkControl &control) {
    BulkResult result;
    QSqlDatabase db = m_database.connection();
    const ScopedCacheSize cache(db, ScopedCacheSize::kBulkKibibytes);
    ImmediateTransaction transaction(db);
    if (!transaction.begin(&result.error))
        return result;
    const qint64 actionId = m_undo.beginAction(change.kind, QString(), &result.error);
    if (actionId == 0)
        return result;
    const QString ids = UndoStack::tableName(actionId, QStringLiteral("ids"));
    QSqlQuery q(db);
    if (!exec(q, QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY)").arg(quoted(ids)), {},
              &result.error))
        return result;
    if (target.query) {
        QVariantList values;
        const QString where = QuerySql(*target.query).where(&values);
        if (!exec(q, QStringLiteral("INSERT INTO %1 (id) SELECT id FROM prospects%2").arg(quoted(ids), where),
                  values, &result.error))
            return result;
    } else {
        QJsonArray array;
        for (qint64 id : target.ids)
            array.append(id);
        if (!exec(q,
                  QStringLiteral("INSERT INTO %1 (id) SELECT DISTINCT p.id FROM json_each(?) j "
                                 "JOIN prospects p ON p.id = j.value")
                      .arg(quoted(ids)),
                  {QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact))}, &result.error))
            return result;
    }
    if (!exec(q, QStringLiteral("SELECT count(*) FROM %1").arg(quoted(ids)), {}, &result.error) || !q.next())
        return result;
    result.affected = q.value(0).toLongLong();
    q.finish();
    if (result.affected == 0) { // nothing to do, nothing to undo
        result.ok = true;
        return result;
    }

    qint64 tagId = 0;
    bool ok = m_undo.setLabel(actionId, change.label(result.affected), &result.error);
    if (ok && change.kind == UndoStack::Kind::Tags) {
        bool created = false;
        if (!exec(q, QStringLiteral("SELECT id FROM tags WHERE name = ?"), {change.tag}, &result.error))
            return result;
        if (q.next()) {
            tagId = q.value(0).toLongLong();
        } else if (!change.createTag) {
            result.affected = 0;
            result.ok = true;
            return result;
        } else {
            created = true;
            if (!exec(q, QStringLiteral("INSERT INTO tags (name) VALUES (?)"), {change.tag}, &result.error))
                return result;
            tagId = q.lastInsertId().toLongLong();
        }
        q.finish();
        ok = m_undo.snapshotTags(actionId, ids, tagId, created, &result.error);
    } else if (ok && change.kind == UndoStack::Kind::Delete) {
        ok = m_undo.snapshotRowsForDelete(actionId, ids, &result.error);
    } else if (ok) {
        ok = m_undo.snapshotColumns(actionId, ids, change.columns + QStringList{QStringLiteral("updated_at")},
                                    &result.error);
    }
    QVariantList values = change.values;
    if (change.kind == UndoStack::Kind::Tags) { // the statement binds the tag id at each '?'
        for (qsizetype i = change.statement.count(QLatin1Char('?')); i > 0; --i)
            values << tagId;
    }
    ok = ok && applyInChunks(ids, change.statement, values, control, &result);
    if (ok && !change.summary.isEmpty()) {
        qint64 before = 0;
        ok = exec(q, QStringLiteral("SELECT coalesce(max(id), 0) FROM activities"), {}, &result.error) &&
             q.next();
        if (ok)
            before = q.value(0).toLongLong();
        q.finish();
        const QJsonObject payload{{QStringLiteral("bulk"), true}, {QStringLiteral("undoAction"), actionId}};
        ok = ok &&
             exec(q,
                  QStringLiteral(
                      "INSERT INTO activities (prospect_id, kind, summary, payload_json, occurred_at) "
                      "SELECT id, 'edited', ?, ?, ? FROM %1")
                      .arg(quoted(ids)),
                  {change.summary, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)),
                   QDateTime::currentMSecsSinceEpoch()},
                  &result.error) &&
             m_undo.setActivityRange(actionId, before + 1, q.lastInsertId().toLongLong(), &result.error);
    }
    if (!ok || !transaction.commit(&result.error))
        return result;
    m_undo.actionCommitted();
    result.ok = true;
    result.undoActionId = actionId;
    return result;
}

BulkResult BulkEditor::addTag(const BulkTarget &target, const QString &tag, const BulkControl &control) {
    const QString name = tag.trimmed();
    if (name.isEmpty())
        return {false, 0, 0, tr("A tag needs a name.")};
    Change c;
    c.kind = UndoStack::Kind::Tags;
    c.tag = name;
    c.createTag = true;
    c.label = [name](qint64 n) {
        return tr("Tag %n prospect(s) with “%1”", int(n)).arg(name);
    };
    c.summary = tr("Tagged “%1”").arg(name);
    c.statement =
        QStringLiteral("INSERT INTO prospect_tags (prospect_id, tag_id) SELECT i.id, ? FROM %1 i "
                       "WHERE NOT EXISTS (SELECT 1 FROM prospect_tags pt WHERE pt.prospect_id = i.id "
                       "AND pt.tag_id = ?)");
    return run(target, c, control);
}

BulkResult BulkEditor::removeTag(const BulkTarget &target, const QString &tag, const BulkControl &control) {
    const QString name = tag.trimmed();
    Change c;
    c.kind = UndoStack::Kind::Tags;
    c.tag = name;
    c.label = [name](qint64 n) {
        return tr("Remove tag “%1” from %n prospect(s)", int(n)).arg(name);
    };
    c.summary = tr("Untagged “%1”").arg(name);
    c.statement =
        QStringLiteral("DELETE FROM prospect_tags WHERE tag_id = ? AND prospect_id IN (SELECT id FROM %1)");
    return run(target, c, control);
}

BulkResult BulkEditor::setStage(const BulkTarget &target, const QString &stage, const BulkControl &control) {
    if (!storage::pipelineStages().contains(stage))
        return {false, 0, 0, tr("Unknown stage: %1").arg(stage)};
    Change c;
    c.label = [stage](qint64 n) {
        return tr("Set stage to %1 on %n prospect(s)", int(n)).arg(stageWord(stage));
    };
    c.summary = tr("Stage set to %1").arg(stageWord(stage));
    c.columns = {QStringLiteral("stage")};
    c.statement =
        QStringLiteral("UPDATE prospects SET stage = ?, updated_at = ? WHERE id IN (SELECT id FROM %1)");
    c.values = {stage, QDateTime::currentMSecsSinceEpoch()};
    return run(target, c, control);
}

BulkResult BulkEditor::setTierOverride(const BulkTarget &target, const QString &tier,
                                       const BulkControl &control) {
    static const QStringList tiers = {QStringLiteral("hot"), QStringLiteral("warm"), QStringLiteral("cold")};
    if (!tier.isEmpty() && !tiers.contains(tier))
        return {false, 0, 0, tr("Unknown tier: %1").arg(tier)};
    Change c;
    c.label = [tier](qint64 n) {
        return tier.isEmpty() ? tr("Clear the tier override of %n prospect(s)", int(n))
                              : tr("Set tier to %1 on %n prospect(s)", int(n)).arg(tierWord(tier));
    };
    c.summary = tier.isEmpty() ? tr("Tier override cleared") : tr("Tier set to %1").arg(tierWord(tier));
    c.columns = {QStringLiteral("tier_override")};
    c.statement = QStringLiteral(
        "UPDATE prospects SET tier_override = ?, updated_at = ? WHERE id IN (SELECT id FROM %1)");
    c.values = {tier.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(tier),
                QDateTime::currentMSecsSinceEpoch()};
    return run(target, c, control);
}

BulkResult BulkEditor::setArchived(const BulkTarget &target, bool archived, const BulkControl &control) {
    Change c;
    c.label = [archived](qint64 n) {
        return archived ? tr("Archive %n prospect(s)", int(n)) : tr("Unarchive %n prospect(s)", int(n));
    };
    c.summary = archived ? tr("Archived") : tr("Unarchived");
    c.columns = {QStringLiteral("archived")};
    c.statement =
        QStringLiteral("UPDATE prospects SET archived = ?, updated_at = ? WHERE id IN (SELECT id FROM %1)");
    c.values = {archived ? 1 : 0, QDateTime::currentMSecsSinceEpoch()};
    return run(target, c, control);
}

BulkResult BulkEditor::remove(const BulkTarget &target, const BulkControl &control) {
    Change c;
    c.kind = UndoStack::Kind::Delete;
    c.label = [](qint64 n) {
        return tr("Delete %n prospect(s)", int(n));
    };
    c.statement = QStringLiteral("DELETE FROM prospects WHERE id IN (SELECT id FROM %1)");
    return run(target, c, control);
}

} // namespace prospector::review
