#pragma once

#include "scoring/ruleset.h"
#include "singletonprovider.h"

#include <QObject>
#include <QQmlEngine>
#include <QThreadPool>
#include <QTimer>
#include <QVariantList>
#include <atomic>
#include <memory>

namespace prospector::storage {
class Database;
}
namespace prospector::scoring {
class RescoreJob;
}

namespace prospector::ui {

// The ICP rules editor of the Settings page: edit rules, weights and tier thresholds, see live
// how many prospects would land in each tier (core's TierPreview on a worker, restarted on each
// change), save, and rescore everyone with progress and cancel (core's RescoreJob).
class ScoringEditor : public QObject, public SingletonProvider<ScoringEditor> {
    Q_OBJECT
    QML_NAMED_ELEMENT(Scoring)
    QML_SINGLETON
    // [{ kind, values (list), field, minSize, maxSize, weight, label, enabled, description }]
    Q_PROPERTY(QVariantList rules READ rules NOTIFY rulesChanged)
    Q_PROPERTY(QVariantList kinds READ kinds CONSTANT)
    Q_PROPERTY(int hotThreshold READ hotThreshold NOTIFY rulesChanged)
    Q_PROPERTY(int warmThreshold READ warmThreshold NOTIFY rulesChanged)
    Q_PROPERTY(bool dirty READ dirty NOTIFY rulesChanged)
    Q_PROPERTY(QString validationError READ validationError NOTIFY rulesChanged)
    // { hot, warm, cold, total, overridden } for the rules as edited (not yet saved).
    Q_PROPERTY(QVariantMap preview READ preview NOTIFY previewChanged)
    Q_PROPERTY(bool previewing READ previewing NOTIFY previewChanged)
    // The preview scores every prospect: it runs only while someone shows it (the Settings page
    // sets this while visible), not at every start of the app.
    Q_PROPERTY(bool previewWanted READ previewWanted WRITE setPreviewWanted NOTIFY previewWantedChanged)
    Q_PROPERTY(bool rescoring READ rescoring NOTIFY rescoreChanged)
    Q_PROPERTY(qint64 rescoreDone READ rescoreDone NOTIFY rescoreChanged)
    Q_PROPERTY(qint64 rescoreTotal READ rescoreTotal NOTIFY rescoreChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    explicit ScoringEditor(const storage::Database &database, QObject *parent = nullptr);
    ~ScoringEditor() override;

    QVariantList rules() const;
    QVariantList kinds() const;
    int hotThreshold() const { return m_edited.thresholds.hot; }
    int warmThreshold() const { return m_edited.thresholds.warm; }
    bool dirty() const { return !(m_edited == m_saved); }
    QString validationError() const { return m_validationError; }
    QVariantMap preview() const { return m_preview; }
    bool previewing() const { return m_previewing; }
    bool previewWanted() const { return m_previewWanted; }
    void setPreviewWanted(bool wanted);
    // Prospects changed (import, bulk action, edit): the preview counts again when next shown.
    void prospectsMayHaveChanged();
    bool rescoring() const { return m_job != nullptr; }
    qint64 rescoreDone() const { return m_done; }
    qint64 rescoreTotal() const { return m_total; }
    QString message() const { return m_message; }

    Q_INVOKABLE void load();
    // Changes one key of rule `index` ("values" accepts a comma-separated string). Invalid
    // values are refused with validationError set.
    Q_INVOKABLE bool setRuleValue(int index, const QString &key, const QVariant &value);
    Q_INVOKABLE void addRule(const QString &kind);
    Q_INVOKABLE void removeRule(int index);
    Q_INVOKABLE bool setThresholds(int hot, int warm);
    Q_INVOKABLE void resetToDefaults();
    Q_INVOKABLE void revert();
    Q_INVOKABLE bool save();
    // Saves, then rescores every prospect.
    Q_INVOKABLE void rescore();
    Q_INVOKABLE void cancelRescore();
    // Rescores with the saved rules, leaving the editor's unsaved changes alone.
    void rescoreWithSavedRules();

Q_SIGNALS:
    void rulesChanged();
    void previewChanged();
    void previewWantedChanged();
    void rescoreChanged();
    void messageChanged();
    // Scores changed in the database.
    void prospectsChanged();

private:
    void edited();
    void startPreview();
    void startRescore();
    void setMessage(const QString &message);

    const storage::Database &m_database;
    scoring::RuleSet m_saved;
    scoring::RuleSet m_edited;
    QString m_validationError;
    QVariantMap m_preview;
    bool m_previewing = false;
    bool m_previewWanted = false;
    bool m_previewStale = true;
    QTimer m_previewDelay;
    QThreadPool m_previewPool;
    // Its own pool, not the global one: the destructor waits for it, and at exit the global pool
    // may already be gone.
    QThreadPool m_rescorePool;
    std::shared_ptr<std::atomic_bool> m_previewCancel;
    quint64 m_previewGeneration = 0;
    std::unique_ptr<scoring::RescoreJob> m_job;
    qint64 m_done = 0;
    qint64 m_total = 0;
    QString m_message;
};

} // namespace prospector::ui
