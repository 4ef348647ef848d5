#pragma once

#include "autopilot/runaudit.h"
#include "singletonprovider.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace prospector::autopilot {
class AutopilotControl;
}

namespace prospector::ui {

// The external writes of one autopilot run (QML singleton "AutopilotAudit"), in the order the
// run queued them: service, what was asked, for whom, the operation's state and what the service
// answered. The page shows one run's list at a time; it follows the run while it settles.
class RunAuditModel : public QAbstractListModel, public SingletonProvider<RunAuditModel> {
    Q_OBJECT
    QML_NAMED_ELEMENT(AutopilotAudit)
    QML_SINGLETON
    // The run shown; 0 for none.
    Q_PROPERTY(qint64 runId READ runId WRITE setRunId NOTIFY runIdChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        OperationIdRole = Qt::UserRole + 1,
        StepRole,
        ServiceRole,    // display name, e.g. "HubSpot"
        KindTextRole,   // what was asked, in words
        ProspectRole,   // imported text: render as plain text
        StateRole,      // queued | in_flight | unknown | done | dead | discarded
        StateTextRole,  // in words
        KeyRole,        // the idempotency key
        ResultTextRole, // the service's answer (ids) or the last error, as plain text
    };
    Q_ENUM(Role)

    explicit RunAuditModel(autopilot::AutopilotControl &control, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return static_cast<int>(m_rows.size()); }
    qint64 runId() const { return m_runId; }
    void setRunId(qint64 runId);

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void runIdChanged();
    void countChanged();

private:
    autopilot::AutopilotControl &m_control;
    qint64 m_runId = 0;
    QList<autopilot::AuditEntry> m_rows;
};

} // namespace prospector::ui
