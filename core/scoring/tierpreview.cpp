#include "scoring/tierpreview.h"

#include "scoring/prospectscorer.h"
#include "storage/database.h"
#include "storage/prospectrepository.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace prospector::scoring {

TierPreview::TierPreview(const storage::Database &database)
    : m_database(database) {}

bool TierPreview::compute(const RuleSet &ruleSet, TierCounts *counts, QString *error,
                          const std::atomic_bool *cancel) const {
    *counts = {};
    const ProspectScorer scorer(ruleSet);
    const QString select =
        QStringLiteral("SELECT %1 FROM prospects WHERE archived = 0 AND id > ? ORDER BY id LIMIT ?")
            .arg(storage::ProspectRepository::selectColumns());
    qint64 lastId = 0;
    constexpr int kBatch = 5000;
    while (true) {
        if (cancel && cancel->load()) {
            if (error)
                *error = QCoreApplication::translate("TierPreview", "The preview was cancelled.");
            return false;
        }
        QSqlQuery q(m_database.connection());
        q.setForwardOnly(true);
        if (!storage::exec(q, select, {lastId, kBatch}, error))
            return false;
        int rows = 0;
        while (q.next()) {
            const storage::Prospect p = storage::ProspectRepository::fromRecord(q);
            lastId = p.id;
            ++rows;
            QString tier = p.tierOverride;
            if (tier.isEmpty())
                tier = scorer.score(p).tier;
            else
                ++counts->overridden;
            if (tier == QLatin1String("hot"))
                ++counts->hot;
            else if (tier == QLatin1String("warm"))
                ++counts->warm;
            else
                ++counts->cold;
            ++counts->total;
        }
        if (rows < kBatch)
            return true;
    }
}

} // namespace prospector::scoring
