#include "dashboardmodel.h"

#include "dashboard/dashboardstats.h"
#include "storage/schema.h"

#include <QDateTime>

namespace prospector::ui {

DashboardModel::DashboardModel(const storage::Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database) {
    m_worker.setMaxThreadCount(1);
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(300);
    connect(&m_coalesce, &QTimer::timeout, this, &DashboardModel::start);
}

DashboardModel::~DashboardModel() {
    m_worker.waitForDone();
}

void DashboardModel::refresh() {
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void DashboardModel::start() {
    if (m_loading) {
        m_again = true; // data changed while reading: read once more when this one is done
        return;
    }
    m_loading = true;
    Q_EMIT loadingChanged();
    const QDate today = QDate::currentDate();
    const int offset = QDateTime::currentDateTime().offsetFromUtc();
    m_worker.start([this, today, offset] {
        dashboard::DashboardStats stats;
        QString error;
        dashboard::DashboardStatsReader(m_database).read(&stats, today, 30, offset, &error);
        QMetaObject::invokeMethod(
            this, [this, stats, error] { apply(stats, error); }, Qt::QueuedConnection);
    });
}

void DashboardModel::apply(const dashboard::DashboardStats &stats, const QString &error) {
    m_loading = false;
    m_lastError = error;
    m_total = stats.pipeline.total;
    m_stages.clear();
    for (const QString &stage : storage::pipelineStages())
        m_stages << QVariantMap{{QStringLiteral("stage"), stage},
                                {QStringLiteral("count"), stats.pipeline.byStage.value(stage)}};
    m_tiers.clear();
    for (const QString &tier :
         {QStringLiteral("hot"), QStringLiteral("warm"), QStringLiteral("cold"), QStringLiteral("none")})
        m_tiers << QVariantMap{{QStringLiteral("tier"), tier},
                               {QStringLiteral("count"), stats.pipeline.byTier.value(tier)}};
    m_days.clear();
    m_dayMax = 0;
    for (const dashboard::DailyActivity &day : stats.days) {
        m_days << QVariantMap{{QStringLiteral("day"), day.day.startOfDay()},
                              {QStringLiteral("imported"), day.imported},
                              {QStringLiteral("enriched"), day.enriched},
                              {QStringLiteral("synced"), day.synced},
                              {QStringLiteral("replied"), day.replied}};
        m_dayMax = std::max({m_dayMax, day.imported, day.enriched, day.synced, day.replied});
    }
    m_recentImports.clear();
    for (const storage::ImportRecord &record : stats.recentImports)
        m_recentImports << QVariantMap{
            {QStringLiteral("fileName"), record.fileName},
            {QStringLiteral("status"), record.status},
            {QStringLiteral("created"), record.created},
            {QStringLiteral("updated"), record.updated},
            {QStringLiteral("rejected"), record.rejected},
            {QStringLiteral("startedAt"), QDateTime::fromMSecsSinceEpoch(record.startedAt)}};
    Q_EMIT loadingChanged();
    Q_EMIT changed();
    if (m_again) {
        m_again = false;
        start();
    }
}

} // namespace prospector::ui
