#pragma once

#include "singletonprovider.h"
#include "sync/syncstatus.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace prospector::sync {
class SyncHost;
}

namespace prospector::ui {

// The pipeline as the window shows it: one row per service (HubSpot, lemlist, Explorium) for the
// Sync activity panel and the dashboard's integration health, and the totals behind the offline
// indicator and the Problems badge. Fed by SyncHost's status snapshots.
class SyncActivityModel : public QAbstractListModel, public SingletonProvider<SyncActivityModel> {
    Q_OBJECT
    QML_NAMED_ELEMENT(SyncActivity)
    QML_SINGLETON
    Q_PROPERTY(bool running READ running NOTIFY statusChanged)
    Q_PROPERTY(bool online READ online NOTIFY statusChanged)
    Q_PROPERTY(int waiting READ waiting NOTIFY statusChanged)
    Q_PROPERTY(int deadLetters READ deadLetters NOTIFY statusChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY statusChanged)
    Q_PROPERTY(int pausedCount READ pausedCount NOTIFY statusChanged)

public:
    enum Role {
        ServiceKeyRole = Qt::UserRole + 1,
        NameRole,
        QueuedRole,
        InFlightRole,
        CheckingRole, // outcome unknown, being checked remotely
        DoneRole,     // this session
        FailedRole,   // dead letters now
        ProgressRole, // 0..1 of this session's work, -1 when there is none
        BusyRole,
        CurrentBatchRole,
        RateLimitQueuedRole,
        RateLimitedUntilRole, // QDateTime, invalid when not held back
        NextAttemptAtRole,    // QDateTime, invalid when nothing waits
        CircuitRole,          // closed | open | half_open
        CircuitRetryAtRole,
        PausedRole,
        NeedsTokenRole,
        PauseKindRole, // "" | no_token | refused
        PauseReasonRole,
        WindowLimitRole,
        WindowRemainingRole,
        DailyLimitRole,
        DailyRemainingRole,
        CreditsUsedRole,
        CreditsLeftRole,
    };
    Q_ENUM(Role)

    explicit SyncActivityModel(sync::SyncHost &host, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool running() const { return m_status.running; }
    bool online() const { return m_status.online; }
    int waiting() const { return m_status.waiting(); }
    int deadLetters() const { return m_status.dead(); }
    bool busy() const;
    int pausedCount() const;

    // A snapshot from the host (connected to SyncHost::statusChanged).
    void setStatus(const sync::SyncStatus &status);

    // The rep's Resume on a paused service (after fixing its token or permissions elsewhere).
    Q_INVOKABLE void resume(const QString &service);
    // Look for due work now (e.g. after the rep fixed something outside Prospector).
    Q_INVOKABLE void retryNow();

Q_SIGNALS:
    void statusChanged();

private:
    const sync::ServiceSyncStatus &rowStatus(int row) const;

    sync::SyncHost &m_host;
    sync::SyncStatus m_status;
    QList<sync::ServiceSyncStatus> m_rows;
};

} // namespace prospector::ui
