#pragma once

#include "singletonprovider.h"
#include "sync/deadletteractions.h"
#include "sync/deadletterlist.h"

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QTimer>
#include <functional>

namespace prospector::review {
class ProspectEditor;
}
namespace prospector::sync {
class SyncHost;
}

namespace prospector::ui {

// The Problems page: every dead letter with why it failed, and Retry, Edit and retry, Discard.
// Actions run on the engine host's database worker (then the engine is woken); edits to a
// prospect go through ProspectEditor first, on this thread like the detail pane's, so they are
// validated, on the timeline and undoable. Reloads itself when the outbox changes.
class DeadLetterModel : public QAbstractListModel, public SingletonProvider<DeadLetterModel> {
    Q_OBJECT
    QML_NAMED_ELEMENT(Problems)
    QML_SINGLETON
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    enum Role {
        OperationIdRole = Qt::UserRole + 1,
        ServiceRole,
        ServiceNameRole,
        KindRole,
        FailureKindRole,
        DetailRole, // the service's own words
        AttemptsRole,
        FailedAtRole,
        ProspectIdRole,
        ProspectNameRole,
        EmailRole,
        CampaignRole,
        CanRetryRole,
        CanEditRole,
        FieldsRole, // {email, firstName, lastName, title, companyName, phone}: what an edit starts from
    };
    Q_ENUM(Role)

    static constexpr int kLimit = 500;

    DeadLetterModel(sync::SyncHost &host, review::ProspectEditor &editor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_rows.size()); }
    bool busy() const { return m_pending > 0; }
    QString lastError() const { return m_lastError; }

    Q_INVOKABLE void reload();
    Q_INVOKABLE void retry(qint64 operationId);
    Q_INVOKABLE void discard(qint64 operationId);
    // Saves the corrections (only fields that changed) and queues the effect again. Returns the
    // fields that were refused, with why (nothing is saved or queued then); empty = accepted.
    Q_INVOKABLE QVariantMap editAndRetry(qint64 operationId, const QVariantMap &fields);
    // Every dead letter that a retry can help (not those refused because the prospect is suppressed).
    Q_INVOKABLE void retryAll();

Q_SIGNALS:
    void countChanged();
    void busyChanged();
    void lastErrorChanged();
    // The result of an action, for a toast.
    void finished(bool ok, const QString &message);
    // An edit-and-retry changed a prospect (the table and detail pane refresh).
    void prospectsChanged();

private:
    int rowOf(qint64 operationId) const;
    void run(std::function<sync::DeadLetterActions::Result(sync::DeadLetterActions &)> action,
             const QString &doneText);
    void setLastError(const QString &error);
    void setPending(int delta);

    sync::SyncHost &m_host;
    review::ProspectEditor &m_editor;
    QList<sync::DeadLetter> m_rows;
    QTimer m_reloadTimer;
    int m_pending = 0;
    QString m_lastError;
};

} // namespace prospector::ui
