#pragma once

#include "importhistorymodel.h"
#include "importing/importjob.h"
#include "importing/importpreview.h"
#include "singletonprovider.h"

#include <QObject>
#include <QQmlEngine>
#include <QUrl>
#include <memory>

namespace prospector::storage {
class Database;
}

namespace prospector::ui {

// The import flow behind the Import page: file -> preview (detected encoding, delimiter, preset,
// editable mapping, policy) -> import on the thread pool with progress and Cancel -> summary with
// error report and Undo; plus the import history. QML never touches the database or files itself.
class ImportController : public QObject, public SingletonProvider<ImportController> {
    Q_OBJECT
    QML_NAMED_ELEMENT(ImportController)
    QML_SINGLETON
    // "idle" | "preview" | "running" | "finished"
    Q_PROPERTY(QString stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(QString filePath READ filePath NOTIFY previewChanged)
    Q_PROPERTY(QString fileName READ fileName NOTIFY previewChanged)
    Q_PROPERTY(QString encoding READ encoding NOTIFY previewChanged)
    Q_PROPERTY(QString delimiter READ delimiter NOTIFY previewChanged)
    Q_PROPERTY(QString detectedPreset READ detectedPreset NOTIFY previewChanged)
    Q_PROPERTY(QStringList headers READ headers NOTIFY previewChanged)
    Q_PROPERTY(QVariantList sampleRows READ sampleRows NOTIFY previewChanged)
    Q_PROPERTY(QString mappingName READ mappingName NOTIFY mappingChanged)
    Q_PROPERTY(QStringList columnFields READ columnFields NOTIFY mappingChanged)
    Q_PROPERTY(QVariantList fieldOptions READ fieldOptions CONSTANT)
    Q_PROPERTY(QVariantList presets READ presets CONSTANT)
    Q_PROPERTY(QStringList savedMappings READ savedMappings NOTIFY savedMappingsChanged)
    Q_PROPERTY(QString policy READ policy WRITE setPolicy NOTIFY policyChanged)
    Q_PROPERTY(qint64 rows READ rows NOTIFY progressChanged)
    Q_PROPERTY(qint64 created READ created NOTIFY progressChanged)
    Q_PROPERTY(qint64 updated READ updated NOTIFY progressChanged)
    Q_PROPERTY(qint64 duplicates READ duplicates NOTIFY progressChanged)
    Q_PROPERTY(qint64 rejected READ rejected NOTIFY progressChanged)
    Q_PROPERTY(double fraction READ fraction NOTIFY progressChanged)
    Q_PROPERTY(double rowsPerSecond READ rowsPerSecond NOTIFY progressChanged)
    Q_PROPERTY(int etaSeconds READ etaSeconds NOTIFY progressChanged)
    // The rows are stored and the indexes of a bulk load are being rebuilt: `indexStep` of
    // `indexSteps`. Cancel has nothing left to stop then.
    Q_PROPERTY(bool indexing READ indexing NOTIFY progressChanged)
    Q_PROPERTY(int indexStep READ indexStep NOTIFY progressChanged)
    Q_PROPERTY(int indexSteps READ indexSteps NOTIFY progressChanged)
    Q_PROPERTY(QString status READ status NOTIFY resultChanged)
    Q_PROPERTY(qint64 importId READ importId NOTIFY resultChanged)
    Q_PROPERTY(QString errorReport READ errorReport NOTIFY resultChanged)
    Q_PROPERTY(bool undoing READ undoing NOTIFY undoingChanged)
    Q_PROPERTY(ImportHistoryModel *history READ history CONSTANT)

public:
    // `reportsDir`: where error reports go. `samplePath`: the bundled sample CSV (a qrc path).
    ImportController(storage::Database &database, QString reportsDir, QString samplePath,
                     QObject *parent = nullptr);
    ~ImportController() override;

    QString stage() const { return m_stage; }
    QString errorMessage() const { return m_errorMessage; }
    QString filePath() const { return m_preview.filePath; }
    QString fileName() const;
    QString encoding() const { return m_preview.dialect.encodingName(); }
    QString delimiter() const { return m_preview.ok ? m_preview.dialect.delimiterName() : QString(); }
    QString detectedPreset() const { return m_preview.detectedPreset; }
    QStringList headers() const { return m_preview.headers; }
    QVariantList sampleRows() const;
    QString mappingName() const { return m_mapping.name; }
    QStringList columnFields() const;
    QVariantList fieldOptions() const;
    QVariantList presets() const;
    QStringList savedMappings() const { return m_savedMappings; }
    QString policy() const { return m_policy; }
    void setPolicy(const QString &policy);
    qint64 rows() const { return m_progress.counts.rows; }
    qint64 created() const { return m_progress.counts.created; }
    qint64 updated() const { return m_progress.counts.updated; }
    qint64 duplicates() const { return m_progress.counts.duplicates; }
    qint64 rejected() const { return m_progress.counts.rejected; }
    double fraction() const;
    double rowsPerSecond() const { return m_progress.rowsPerSecond; }
    int etaSeconds() const { return m_progress.etaSeconds; }
    bool indexing() const { return m_progress.phase == importing::ImportProgress::Phase::Indexing; }
    int indexStep() const { return m_progress.step; }
    int indexSteps() const { return m_progress.steps; }
    QString status() const { return m_result.status; }
    qint64 importId() const { return m_result.importId; }
    QString errorReport() const { return m_result.errorReport; }
    bool undoing() const { return m_undoing; }
    ImportHistoryModel *history() { return &m_history; }

    // Reads the head of the file and shows the preview (or an error message).
    Q_INVOKABLE void openFile(const QUrl &url);
    Q_INVOKABLE void setColumnField(int column, const QString &fieldKey);
    Q_INVOKABLE void applyPreset(const QString &presetId);
    Q_INVOKABLE void applySavedMapping(const QString &name);
    // Returns an error message, or an empty string when saved.
    Q_INVOKABLE QString saveMapping(const QString &name);
    Q_INVOKABLE void startImport();
    // Imports the bundled sample prospects straight away (automatic mapping).
    Q_INVOKABLE void importSample();
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void undo(qint64 importId);
    Q_INVOKABLE void openErrorReport(const QString &path = QString());
    // Back to the start screen (not while an import runs).
    Q_INVOKABLE void reset();

Q_SIGNALS:
    void stageChanged();
    void errorMessageChanged();
    void previewChanged();
    void mappingChanged();
    void savedMappingsChanged();
    void policyChanged();
    void progressChanged();
    void resultChanged();
    void undoingChanged();
    // Prospects were added, changed or removed: views over them should reload.
    void prospectsChanged();
    // A short message for the rep (undo done, mapping saved, ...).
    void notice(const QString &text);

private:
    void setStage(const QString &stage);
    void setErrorMessage(const QString &message);
    void run(importing::ImportOptions options);
    void startJob(importing::ImportOptions options);
    // Indexes an interrupted bulk import left dropped are rebuilt in the background at start-up;
    // an import started meanwhile waits for it (both would need the write lock for long).
    void startRepair();
    void onRepairFinished(bool ok, const QString &error);
    void onFinished(const importing::ImportResult &result);
    void reloadSavedMappings();

    storage::Database &m_database;
    QString m_reportsDir;
    QString m_samplePath;
    QString m_stage = QStringLiteral("idle");
    QString m_errorMessage;
    importing::ImportPreview m_preview;
    importing::ColumnMapping m_mapping;
    QStringList m_savedMappings;
    QString m_policy = QStringLiteral("fill");
    importing::ImportProgress m_progress;
    importing::ImportResult m_result;
    std::shared_ptr<importing::ImportJob> m_job; // shared with the pool task that runs it
    bool m_undoing = false;
    bool m_repairing = false;
    std::optional<importing::ImportOptions> m_waitingForRepair;
    std::shared_ptr<std::atomic_bool> m_stopRepair = std::make_shared<std::atomic_bool>(false);
    ImportHistoryModel m_history;
};

} // namespace prospector::ui
