#pragma once

#include "singletonprovider.h"
#include "storage/prospect.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace prospector::storage {
class Database;
}

namespace prospector::ui {

// The prospects the Prospects page shows: a search over the database, fetched page by page as
// the view scrolls, so a million rows never sit in memory.
class ProspectListModel : public QAbstractListModel, public SingletonProvider<ProspectListModel> {
    Q_OBJECT
    QML_NAMED_ELEMENT(ProspectsModel)
    QML_SINGLETON
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
    Q_PROPERTY(qint64 totalCount READ totalCount NOTIFY totalCountChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        FullNameRole,
        EmailRole,
        TitleRole,
        CompanyRole,
        StageRole,
        ScoreRole,
        TierRole,
        CountryRole,
    };
    Q_ENUM(Role)

    explicit ProspectListModel(const storage::Database &database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QString search() const { return m_search; }
    void setSearch(const QString &search);
    qint64 totalCount() const { return m_totalCount; }
    QString lastError() const { return m_lastError; }

    Q_INVOKABLE void reload();

    static constexpr int kPageSize = 200;

Q_SIGNALS:
    void searchChanged();
    void totalCountChanged();
    void lastErrorChanged();

private:
    void setLastError(const QString &error);

    const storage::Database &m_database;
    QList<storage::Prospect> m_rows;
    QString m_search;
    qint64 m_totalCount = 0;
    QString m_lastError;
};

} // namespace prospector::ui
