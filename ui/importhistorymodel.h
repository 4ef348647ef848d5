#pragma once

#include "storage/importrepository.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace prospector::storage {
class Database;
}

namespace prospector::ui {

// The import history (newest first) for the Import page, with what "Undo" needs per row.
class ImportHistoryModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by ImportController.history")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        FileNameRole,
        StatusRole,
        RowsRole,
        CreatedRole,
        UpdatedRole,
        DuplicatesRole,
        RejectedRole,
        StartedRole,
        ErrorReportRole,
        ErrorMessageRole,
        CanUndoRole,
    };
    Q_ENUM(Role)

    explicit ImportHistoryModel(const storage::Database &database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return static_cast<int>(m_rows.size()); }

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void countChanged();

private:
    const storage::Database &m_database;
    QList<storage::ImportRecord> m_rows;
};

} // namespace prospector::ui
