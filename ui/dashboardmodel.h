#pragma once

#include "singletonprovider.h"

#include <QObject>
#include <QQmlEngine>
#include <QThreadPool>
#include <QTimer>
#include <QVariantList>

namespace prospector::storage {
class Database;
}
namespace prospector::dashboard {
struct DashboardStats;
}

namespace prospector::ui {

// The dashboard's chart data, read on a worker (dashboard::DashboardStatsReader) and refreshed
// shortly after the data changes (refreshes arriving together are coalesced).
class DashboardModel : public QObject, public SingletonProvider<DashboardModel> {
    Q_OBJECT
    QML_NAMED_ELEMENT(Dashboard)
    QML_SINGLETON
    Q_PROPERTY(qint64 total READ total NOTIFY changed)
    // [{ stage, count }] in pipeline order.
    Q_PROPERTY(QVariantList stages READ stages NOTIFY changed)
    // [{ tier, count }] for hot, warm, cold and "none" (not scored yet).
    Q_PROPERTY(QVariantList tiers READ tiers NOTIFY changed)
    // [{ day (Date), imported, enriched, synced, replied }], oldest first, last 30 days.
    Q_PROPERTY(QVariantList days READ days NOTIFY changed)
    Q_PROPERTY(qint64 dayMax READ dayMax NOTIFY changed)
    // [{ fileName, status, created, updated, rejected, startedAt (Date) }], newest first.
    Q_PROPERTY(QVariantList recentImports READ recentImports NOTIFY changed)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)

public:
    explicit DashboardModel(const storage::Database &database, QObject *parent = nullptr);
    ~DashboardModel() override;

    qint64 total() const { return m_total; }
    QVariantList stages() const { return m_stages; }
    QVariantList tiers() const { return m_tiers; }
    QVariantList days() const { return m_days; }
    qint64 dayMax() const { return m_dayMax; }
    QVariantList recentImports() const { return m_recentImports; }
    bool loading() const { return m_loading; }
    QString lastError() const { return m_lastError; }

    // Asks for fresh numbers (coalesced over ~300 ms).
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void changed();
    void loadingChanged();

private:
    void start();
    void apply(const dashboard::DashboardStats &stats, const QString &error);

    const storage::Database &m_database;
    QThreadPool m_worker;
    QTimer m_coalesce;
    bool m_loading = false;
    bool m_again = false;
    qint64 m_total = 0;
    qint64 m_dayMax = 0;
    QVariantList m_stages;
    QVariantList m_tiers;
    QVariantList m_days;
    QVariantList m_recentImports;
    QString m_lastError;
};

} // namespace prospector::ui
