#include "sync/enrichmentstatus.h"

#include "storage/database.h"
#include "storage/sqlerror.h"
#include "sync/clock.h"
#include "sync/creditbudget.h"
#include "sync/creditledger.h"
#include "sync/enrichmentsettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace prospector::sync {
namespace {

QJsonObject object(const QVariant &value) {
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

} // namespace

QJsonObject ProspectEnrichmentState::toJson() const {
    return {{QStringLiteral("state"), state},
            {QStringLiteral("failure"), failure},
            {QStringLiteral("failure_kind"), failureKind},
            {QStringLiteral("source"), source},
            {QStringLiteral("enriched_at"), enrichedAt},
            {QStringLiteral("contact"), contact},
            {QStringLiteral("company"), company},
            {QStringLiteral("filled"), QJsonArray::fromStringList(filled)},
            {QStringLiteral("quality_score"), qualityScore},
            {QStringLiteral("quality"), quality}};
}

QJsonObject CreditBudgetState::toJson() const {
    return {{QStringLiteral("limit"), limit},
            {QStringLiteral("used"), used},
            {QStringLiteral("left"), left},
            {QStringLiteral("window_days"), windowDays}};
}

EnrichmentStatusReader::EnrichmentStatusReader(const storage::Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock) {}

std::optional<ProspectEnrichmentState> EnrichmentStatusReader::prospect(qint64 prospectId,
                                                                        QString *error) const {
    ProspectEnrichmentState s;
    QSqlQuery query(m_database.connection());
    if (!storage::exec(
            query,
            QStringLiteral("SELECT p.quality_score, c.enrichment_json, e.status, e.source, e.enriched_at, "
                           "e.data_json, e.filled_json, e.quality_json FROM prospects p "
                           "LEFT JOIN companies c ON c.domain = p.company_domain "
                           "LEFT JOIN prospect_enrichment e ON e.prospect_id = p.id WHERE p.id = ?"),
            {prospectId}, error))
        return std::nullopt;
    if (!query.next())
        return s;
    s.qualityScore = query.value(0).isNull() ? -1 : query.value(0).toInt();
    s.company = object(query.value(1));
    if (!query.value(2).isNull()) {
        s.state = query.value(2).toString(); // enriched | no_match
        s.source = query.value(3).toString();
        s.enrichedAt = query.value(4).toLongLong();
        s.contact = object(query.value(5));
        for (const QJsonValue &field : QJsonDocument::fromJson(query.value(6).toString().toUtf8()).array())
            s.filled << field.toString();
        s.quality = object(query.value(7));
    }
    // Pending or failed work tells more than the last result.
    if (!storage::exec(
            query,
            QStringLiteral("SELECT state, last_error, failure_kind FROM outbox WHERE prospect_id = ? "
                           "AND service = 'explorium' AND kind = 'enrich_prospect' "
                           "ORDER BY updated_at DESC, id DESC LIMIT 1"),
            {prospectId}, error))
        return std::nullopt;
    if (query.next()) {
        const QString state = query.value(0).toString();
        if (state == QLatin1String("queued") || state == QLatin1String("unknown")) {
            s.state = QStringLiteral("queued");
        } else if (state == QLatin1String("in_flight")) {
            s.state = QStringLiteral("in_progress");
        } else if (state == QLatin1String("dead")) {
            s.state = QStringLiteral("failed");
            s.failure = query.value(1).toString();
            s.failureKind = query.value(2).toString();
        }
    }
    return s;
}

std::optional<CreditBudgetState> EnrichmentStatusReader::budget(QString *error) const {
    const auto settings = EnrichmentSettings::load(m_database, error);
    if (!settings)
        return std::nullopt;
    const CreditLedger ledger(m_database, m_clock);
    const auto used = ledger.spentSince(QStringLiteral("explorium"),
                                        m_clock.nowMs() - CreditBudget::kDefaultWindowMs, error);
    if (!used)
        return std::nullopt;
    CreditBudgetState state;
    state.limit = settings->creditBudget;
    state.used = *used;
    state.left = std::max<qint64>(0, state.limit - state.used);
    state.windowDays = int(CreditBudget::kDefaultWindowMs / (24LL * 60 * 60 * 1000));
    return state;
}

std::optional<EnrichmentActivity> EnrichmentStatusReader::activitySince(qint64 sinceMs,
                                                                        QString *error) const {
    QSqlQuery query(m_database.connection());
    if (!storage::exec(
            query,
            QStringLiteral("SELECT coalesce(sum(status = 'enriched'), 0), "
                           "coalesce(sum(status = 'enriched' AND source = 'explorium'), 0), "
                           "coalesce(sum(source = 'cache'), 0), coalesce(sum(status = 'no_match'), 0) "
                           "FROM prospect_enrichment WHERE enriched_at >= ?"),
            {sinceMs}, error) ||
        !query.next())
        return std::nullopt;
    EnrichmentActivity activity;
    activity.enriched = query.value(0).toInt();
    activity.matched = query.value(1).toInt();
    activity.cacheHits = query.value(2).toInt();
    activity.noMatch = query.value(3).toInt();
    if (!storage::exec(query,
                       QStringLiteral("SELECT count(*) FROM companies WHERE "
                                      "json_extract(enrichment_json, '$.enriched_at') >= ?"),
                       {sinceMs}, error) ||
        !query.next())
        return std::nullopt;
    activity.companiesEnriched = query.value(0).toInt();
    const auto credits =
        CreditLedger(m_database, m_clock).spentSince(QStringLiteral("explorium"), sinceMs, error);
    if (!credits)
        return std::nullopt;
    activity.creditsUsed = *credits;
    return activity;
}

} // namespace prospector::sync
