#include "syncactivitymodel.h"

#include "integrations/services.h"
#include "sync/synchost.h"

#include <QDateTime>

namespace prospector::ui {
namespace {

QVariant dateOrNull(qint64 epochMs) {
    return epochMs > 0 ? QVariant(QDateTime::fromMSecsSinceEpoch(epochMs)) : QVariant();
}

} // namespace

SyncActivityModel::SyncActivityModel(sync::SyncHost &host, QObject *parent)
    : QAbstractListModel(parent)
    , m_host(host) {
    // Fixed rows, one per service, so the panel never jumps while numbers change.
    for (net::Service service : integrations::allServices()) {
        sync::ServiceSyncStatus s;
        s.service = net::serviceKey(service);
        m_rows << s;
    }
    connect(&m_host, &sync::SyncHost::statusChanged, this, &SyncActivityModel::setStatus);
    setStatus(m_host.status());
}

int SyncActivityModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

const sync::ServiceSyncStatus &SyncActivityModel::rowStatus(int row) const {
    return m_rows.at(row);
}

QVariant SyncActivityModel::data(const QModelIndex &index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const sync::ServiceSyncStatus &s = rowStatus(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: {
        const auto service = integrations::serviceFromKey(s.service);
        return service ? net::serviceDisplayName(*service) : s.service;
    }
    case ServiceKeyRole:
        return s.service;
    case QueuedRole:
        return s.queued;
    case InFlightRole:
        return s.inFlight;
    case CheckingRole:
        return s.unknown;
    case DoneRole:
        return s.sessionDone;
    case FailedRole:
        return s.dead;
    case ProgressRole: {
        const int total = s.sessionDone + s.sessionFailed + s.waiting();
        return total > 0 ? double(s.sessionDone + s.sessionFailed) / total : -1.0;
    }
    case BusyRole:
        return s.busy;
    case CurrentBatchRole:
        return s.currentBatch;
    case RateLimitQueuedRole:
        return s.rateLimitQueued;
    case RateLimitedUntilRole:
        return dateOrNull(s.rateLimitedUntil);
    case NextAttemptAtRole:
        return dateOrNull(s.nextAttemptAt);
    case CircuitRole:
        return s.circuit;
    case CircuitRetryAtRole:
        return dateOrNull(s.circuitRetryAt);
    case PausedRole:
        return s.paused;
    case NeedsTokenRole:
        return s.needsToken;
    case PauseKindRole:
        return s.pauseKind;
    case PauseReasonRole:
        return s.pauseReason;
    case WindowLimitRole:
        return s.windowLimit;
    case WindowRemainingRole:
        return s.windowRemaining;
    case DailyLimitRole:
        return s.dailyLimit;
    case DailyRemainingRole:
        return s.dailyRemaining;
    case CreditsUsedRole:
        return s.creditsUsed;
    case CreditsLeftRole:
        return s.creditsLeft;
    default:
        return {};
    }
}

QHash<int, QByteArray> SyncActivityModel::roleNames() const {
    return {
        {ServiceKeyRole, "serviceKey"},
        {NameRole, "name"},
        {QueuedRole, "queued"},
        {InFlightRole, "inFlight"},
        {CheckingRole, "checking"},
        {DoneRole, "done"},
        {FailedRole, "failed"},
        {ProgressRole, "progress"},
        {BusyRole, "busy"},
        {CurrentBatchRole, "currentBatch"},
        {RateLimitQueuedRole, "rateLimitQueued"},
        {RateLimitedUntilRole, "rateLimitedUntil"},
        {NextAttemptAtRole, "nextAttemptAt"},
        {CircuitRole, "circuit"},
        {CircuitRetryAtRole, "circuitRetryAt"},
        {PausedRole, "paused"},
        {NeedsTokenRole, "needsToken"},
        {PauseKindRole, "pauseKind"},
        {PauseReasonRole, "pauseReason"},
        {WindowLimitRole, "windowLimit"},
        {WindowRemainingRole, "windowRemaining"},
        {DailyLimitRole, "dailyLimit"},
        {DailyRemainingRole, "dailyRemaining"},
        {CreditsUsedRole, "creditsUsed"},
        {CreditsLeftRole, "creditsLeft"},
    };
}

bool SyncActivityModel::busy() const {
    for (const sync::ServiceSyncStatus &s : m_rows)
        if (s.busy || s.inFlight > 0)
            return true;
    return false;
}

int SyncActivityModel::pausedCount() const {
    int n = 0;
    for (const sync::ServiceSyncStatus &s : m_rows)
        n += s.paused ? 1 : 0;
    return n;
}

void SyncActivityModel::setStatus(const sync::SyncStatus &status) {
    m_status = status;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (const sync::ServiceSyncStatus *s = status.find(m_rows.at(row).service)) {
            m_rows[row] = *s;
            Q_EMIT dataChanged(index(row), index(row));
        }
    }
    Q_EMIT statusChanged();
}

void SyncActivityModel::resume(const QString &service) {
    m_host.resumeService(service);
}

void SyncActivityModel::retryNow() {
    m_host.wake();
}

} // namespace prospector::ui
