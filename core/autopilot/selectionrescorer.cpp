#include "autopilot/selectionrescorer.h"

#include "scoring/prospectscorer.h"
#include "scoring/scoringsettings.h"
#include "storage/database.h"
#include "storage/prospectrepository.h"
#include "storage/sqlerror.h"
#include "sync/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace prospector::autopilot {

SelectionRescorer::SelectionRescorer(const storage::Database &database)
    : m_database(database) {}

bool SelectionRescorer::rescore(const QList<qint64> &prospectIds, int *rescored, QString *error) {
    *rescored = 0;
    scoring::RuleSet rules;
    if (!scoring::ScoringSettings(m_database).load(&rules, error))
        return false;
    const scoring::ProspectScorer scorer(rules);
    QJsonArray ids;
    for (qint64 id : prospectIds)
        ids.append(id);
    sync::Transaction tx(m_database.connection());
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    QSqlQuery read(tx.connection());
    if (!storage::exec(read,
                       QStringLiteral("SELECT %1 FROM prospects WHERE id IN (SELECT value FROM json_each(?))")
                           .arg(storage::ProspectRepository::selectColumns()),
                       {QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact))}, error))
        return false;
    QList<storage::Prospect> prospects;
    while (read.next())
        prospects.append(storage::ProspectRepository::fromRecord(read));
    read.finish();
    for (const storage::Prospect &p : std::as_const(prospects)) {
        const scoring::ScoreResult r = scorer.score(p);
        if (r.score == p.score && r.tier == p.tier && r.reasons == p.scoreReasons)
            continue;
        QSqlQuery write(tx.connection());
        if (!storage::exec(
                write,
                QStringLiteral("UPDATE prospects SET score = ?, score_reasons = ?, tier = ? WHERE id = ?"),
                {r.score,
                 QString::fromUtf8(
                     QJsonDocument(QJsonArray::fromStringList(r.reasons)).toJson(QJsonDocument::Compact)),
                 r.tier, p.id},
                error))
            return false;
        ++*rescored;
    }
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

} // namespace prospector::autopilot
