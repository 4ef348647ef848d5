#pragma once

#include "autopilot/runreport.h"
#include "singletonprovider.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace prospector::autopilot {
class AutopilotControl;
}

namespace prospector::ui {

// Autopilot's run history (newest first, QML singleton "AutopilotHistory"), one row per run
// report with everything the page's details show. Reloaded whenever a run starts or ends.
class RunHistoryModel : public QAbstractListModel, public SingletonProvider<RunHistoryModel> {
    Q_OBJECT
    QML_NAMED_ELEMENT(AutopilotHistory)
    QML_SINGLETON
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    static constexpr int kLimit = 50;

    enum Role {
        RunIdRole = Qt::UserRole + 1,
        StartedRole,
        StatusRole,
        StatusTextRole,
        DryRunRole,
        SelectedRole,
        EnrichedRole,
        CacheHitsRole,
        SyncedRole,
        EnrolledRole,
        SkippedRole,
        // [{reason, text, count}], largest count first
        SkippedReasonsRole,
        CreditsRole,
        ErrorsRole,
        DurationRole,
    };
    Q_ENUM(Role)

    explicit RunHistoryModel(autopilot::AutopilotControl &control, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return static_cast<int>(m_rows.size()); }

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void countChanged();

private:
    autopilot::AutopilotControl &m_control;
    QList<autopilot::RunReport> m_rows;
};

} // namespace prospector::ui
