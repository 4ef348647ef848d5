#include "scoring/rescorejob.h"

#include "logging/categories.h"
#include "scoring/prospectscorer.h"
#include "storage/database.h"
#include "storage/prospectrepository.h"
#include "storage/sqlerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace prospector::scoring {

RescoreJob::RescoreJob(const storage::Database &database, RuleSet ruleSet, int batchSize)
    : m_database(database)
    , m_ruleSet(std::move(ruleSet))
    , m_batchSize(std::max(1, batchSize)) {
    setAutoDelete(false); // the owner connects to finished() and deletes it (or keeps it on the stack)
}

void RescoreJob::run() {
    const ProspectScorer scorer(m_ruleSet);
    QSqlDatabase db = m_database.connection();
    QString error;
    QSqlQuery q(db);
    if (!storage::exec(q, QStringLiteral("SELECT count(*) FROM prospects"), {}, &error) || !q.next()) {
        Q_EMIT finished(false, false, 0, error);
        return;
    }
    const qint64 total = q.value(0).toLongLong();
    q.finish();
    Q_EMIT progress(0, total);
    qint64 done = 0;
    qint64 rescored = 0;
    qint64 lastId = 0;
    const QString select = QStringLiteral("SELECT %1 FROM prospects WHERE id > ? ORDER BY id LIMIT ?")
                               .arg(storage::ProspectRepository::selectColumns());
    while (!m_cancelled.load()) {
        // Read the batch first, then write it in its own short transaction.
        QList<storage::Prospect> batch;
        QSqlQuery read(db);
        read.setForwardOnly(true);
        if (!storage::exec(read, select, {lastId, m_batchSize}, &error)) {
            Q_EMIT finished(false, false, rescored, error);
            return;
        }
        while (read.next())
            batch << storage::ProspectRepository::fromRecord(read);
        read.finish();
        if (batch.isEmpty())
            break;
        lastId = batch.constLast().id;

        if (!db.transaction()) {
            Q_EMIT finished(false, false, rescored, QStringLiteral("cannot start a transaction"));
            return;
        }
        QSqlQuery write(db);
        write.prepare(
            QStringLiteral("UPDATE prospects SET score = ?, score_reasons = ?, tier = ? WHERE id = ?"));
        bool ok = true;
        for (const storage::Prospect &p : std::as_const(batch)) {
            const ScoreResult r = scorer.score(p);
            if (r.score == p.score && r.tier == p.tier && r.reasons == p.scoreReasons)
                continue;
            write.addBindValue(r.score);
            write.addBindValue(QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(r.reasons)).toJson(QJsonDocument::Compact)));
            write.addBindValue(r.tier);
            write.addBindValue(p.id);
            if (!write.exec()) {
                ok = false;
                error = write.lastError().text();
                break;
            }
            ++rescored;
        }
        if (!ok || !db.commit()) {
            db.rollback();
            qCWarning(lcStorage) << "rescoring failed:" << error;
            Q_EMIT finished(false, false, rescored, error);
            return;
        }
        done += batch.size();
        Q_EMIT progress(done, total);
    }
    Q_EMIT finished(true, m_cancelled.load(), rescored, QString());
}

} // namespace prospector::scoring
