#pragma once

#include "review/savedview.h"
#include "singletonprovider.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace prospector::storage {
class Database;
}

namespace prospector::ui {

class ProspectTableModel;

// The saved views listed in the navigation sidebar: save the table's current search + filters +
// sort under a name, apply one, delete one.
class SavedViewsModel : public QAbstractListModel, public SingletonProvider<SavedViewsModel> {
    Q_OBJECT
    QML_NAMED_ELEMENT(SavedViews)
    QML_SINGLETON
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(qint64 activeId READ activeId NOTIFY activeIdChanged)

public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole };

    SavedViewsModel(const storage::Database &database, ProspectTableModel &table, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString lastError() const { return m_lastError; }
    qint64 activeId() const { return m_activeId; }

    Q_INVOKABLE void reload();
    // Saves the table's current view; an existing view of that name is replaced. False + lastError on
    // failure.
    Q_INVOKABLE bool saveCurrent(const QString &name);
    Q_INVOKABLE void apply(qint64 id);
    Q_INVOKABLE bool remove(qint64 id);

Q_SIGNALS:
    void lastErrorChanged();
    void activeIdChanged();

private:
    void setLastError(const QString &error);
    void setActiveId(qint64 id);

    const storage::Database &m_database;
    ProspectTableModel &m_table;
    QList<review::SavedView> m_views;
    QString m_lastError;
    qint64 m_activeId = 0;
};

} // namespace prospector::ui
