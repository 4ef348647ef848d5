#pragma once

#include "singletonprovider.h"
#include "sync/pipelinepreview.h"

#include <QObject>
#include <QQmlEngine>
#include <QThreadPool>
#include <QVariantList>
#include <QVariantMap>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace prospector::storage {
class Database;
}
namespace prospector::sync {
class Clock;
class OutboxRepository;
class SyncHost;
} // namespace prospector::sync

namespace prospector::ui {

class ProspectTableModel;

// "Enrich", "Sync to HubSpot" and "Enroll in lemlist" on the selection or the whole filtered view.
// Each goes: prepare() resolves the prospects and previews, on a worker, how many will be queued
// and how many are skipped and why (phase "previewing", with progress and Cancel) -> the rep
// confirms (phase "confirming") -> confirm() queues them through the engine host in chunks, each
// chunk one transaction with its local change (phase "queueing", progress, Cancel keeps what was
// queued) -> finished() with a message for the toast. The engine picks the work up at once.
class PipelineActions : public QObject, public SingletonProvider<PipelineActions> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString phase READ phase NOTIFY phaseChanged)   // idle | previewing | confirming | queueing
    Q_PROPERTY(QString action READ action NOTIFY phaseChanged) // enrich | hubspot | lemlist
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged) // 0..1, -1 unknown
    Q_PROPERTY(QVariantMap preview READ preview NOTIFY previewChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(QVariantList campaigns READ campaigns NOTIFY campaignsChanged)
    Q_PROPERTY(bool campaignsLoading READ campaignsLoading NOTIFY campaignsChanged)
    Q_PROPERTY(QString campaignsError READ campaignsError NOTIFY campaignsChanged)
    Q_PROPERTY(QString campaignId READ campaignId WRITE setCampaignId NOTIFY campaignIdChanged)

public:
    static constexpr int kChunk = 500;

    PipelineActions(const storage::Database &database, sync::SyncHost &host, ProspectTableModel &table,
                    QObject *parent = nullptr);
    ~PipelineActions() override;

    QString phase() const { return m_phase; }
    QString action() const { return m_action; }
    double progress() const { return m_progress; }
    QVariantMap preview() const { return m_preview; }
    QString error() const { return m_error; }
    QVariantList campaigns() const { return m_campaigns; }
    bool campaignsLoading() const { return m_campaignsLoading; }
    QString campaignsError() const { return m_campaignsError; }
    QString campaignId() const { return m_campaignId; }
    void setCampaignId(const QString &campaignId);

    // `action`: enrich | hubspot | lemlist. `wholeView`: every row of the filtered view.
    Q_INVOKABLE void prepare(const QString &action, bool wholeView);
    Q_INVOKABLE void confirm();
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void loadCampaigns();

Q_SIGNALS:
    void phaseChanged();
    void progressChanged();
    void previewChanged();
    void errorChanged();
    void campaignsChanged();
    void campaignIdChanged();
    void finished(bool ok, const QString &message);

private:
    struct Queued {
        int queued = 0;
        int already = 0;
        int skipped = 0;
        bool cancelled = false;
        QString error;
    };

    void setPhase(const QString &phase);
    void setProgress(double progress);
    void setError(const QString &error);
    void runPreview();
    void previewDone(quint64 generation, const sync::PipelinePreview &preview, bool ok, const QString &error,
                     const QList<qint64> &ids);
    void queueDone(const Queued &result);

    const storage::Database &m_database;
    sync::SyncHost &m_host;
    ProspectTableModel &m_table;
    QThreadPool m_pool;
    QString m_phase = QStringLiteral("idle");
    QString m_action;
    bool m_wholeView = false;
    double m_progress = -1;
    QVariantMap m_preview;
    QString m_error;
    QVariantList m_campaigns;
    bool m_campaignsLoading = false;
    QString m_campaignsError;
    QString m_campaignId;
    QList<qint64> m_ids; // resolved by the last preview
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace prospector::ui
