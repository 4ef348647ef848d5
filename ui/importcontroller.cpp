#include "importcontroller.h"

#include "importing/bulkload.h"
#include "importing/importundo.h"
#include "importing/mappingpresets.h"
#include "importing/mappingstore.h"
#include "logging/categories.h"
#include "storage/database.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QPointer>
#include <QThreadPool>

namespace prospector::ui {

using namespace prospector::importing;

ImportController::ImportController(storage::Database &database, QString reportsDir, QString samplePath,
                                   QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_reportsDir(std::move(reportsDir))
    , m_samplePath(std::move(samplePath))
    , m_history(database) {
    QString error;
    if (ImportJob::markInterrupted(m_database, &error) < 0)
        qCWarning(lcUi) << "cannot check for interrupted imports:" << error;
    bool pending = false;
    if (!BulkLoad(m_database.connection()).pending(&error, &pending))
        qCWarning(lcUi) << "cannot check for indexes to rebuild:" << error;
    else if (pending)
        startRepair();
    m_history.reload();
    reloadSavedMappings();
}

ImportController::~ImportController() {
    // Workers hold references to the database: let them stop at their next row (or index) first.
    if (m_job)
        m_job->cancel();
    m_stopRepair->store(true);
    QThreadPool::globalInstance()->waitForDone(30000);
}

void ImportController::startRepair() {
    m_repairing = true;
    QPointer<ImportController> self(this);
    storage::Database *database = &m_database;
    std::shared_ptr<std::atomic_bool> stop = m_stopRepair;
    QThreadPool::globalInstance()->start([self, database, stop] {
        QString error;
        const bool ok = BulkLoad(database->connection()).finish(0, {}, &error, stop.get());
        QMetaObject::invokeMethod(
            self.data(),
            [self, ok, error] {
                if (self)
                    self->onRepairFinished(ok, error);
            },
            Qt::QueuedConnection);
    });
}

void ImportController::onRepairFinished(bool ok, const QString &error) {
    m_repairing = false;
    if (!ok)
        qCWarning(lcUi) << "indexes left by an interrupted import not rebuilt:" << error;
    else
        qCInfo(lcUi) << "indexes left by an interrupted import rebuilt";
    Q_EMIT prospectsChanged(); // queries are fast again
    if (m_waitingForRepair) {
        ImportOptions options = std::move(*m_waitingForRepair);
        m_waitingForRepair.reset();
        startJob(std::move(options));
    }
}

QString ImportController::fileName() const {
    if (m_preview.filePath.isEmpty())
        return {};
    return QFileInfo(m_preview.filePath).fileName();
}

QVariantList ImportController::sampleRows() const {
    QVariantList rows;
    for (const QStringList &row : m_preview.rows)
        rows.append(row);
    return rows;
}

QStringList ImportController::columnFields() const {
    QStringList keys;
    for (const ColumnAssignment &column : m_mapping.columns)
        keys << fieldKey(column.field);
    return keys;
}

QVariantList ImportController::fieldOptions() const {
    QVariantList options;
    for (ImportField field : allFields())
        options.append(QVariantMap{{QStringLiteral("key"), fieldKey(field)},
                                   {QStringLiteral("label"), fieldLabel(field)}});
    return options;
}

QVariantList ImportController::presets() const {
    QVariantList list;
    for (const QString &id : MappingPresets::presetIds())
        list.append(QVariantMap{{QStringLiteral("id"), id},
                                {QStringLiteral("label"), MappingPresets::presetLabel(id)}});
    return list;
}

void ImportController::setPolicy(const QString &policy) {
    if (policy == m_policy || !policyFromKey(policy))
        return;
    m_policy = policy;
    Q_EMIT policyChanged();
}

double ImportController::fraction() const {
    if (m_progress.bytesTotal <= 0 && !indexing())
        return m_stage == QStringLiteral("finished") ? 1.0 : 0.0;
    return m_progress.fraction();
}

void ImportController::setStage(const QString &stage) {
    if (stage == m_stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged();
}

void ImportController::setErrorMessage(const QString &message) {
    if (message == m_errorMessage)
        return;
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

void ImportController::openFile(const QUrl &url) {
    if (m_stage == QStringLiteral("running"))
        return;
    QString path = url.isLocalFile() ? url.toLocalFile() : url.toString();
    if (url.scheme() == QStringLiteral("qrc"))
        path = QLatin1Char(':') + url.path();
    m_preview = ImportPreview::load(path);
    Q_EMIT previewChanged();
    if (!m_preview.ok) {
        setErrorMessage(m_preview.error);
        setStage(QStringLiteral("idle"));
        return;
    }
    setErrorMessage(QString());
    m_mapping = m_preview.mapping;
    Q_EMIT mappingChanged();
    setStage(QStringLiteral("preview"));
}

void ImportController::setColumnField(int column, const QString &key) {
    if (column < 0 || column >= m_mapping.columns.size())
        return;
    const ImportField field = fieldFromKey(key);
    if (m_mapping.columns.at(column).field == field)
        return;
    m_mapping.columns[column].field = field;
    // An edited preset is no longer the preset; the import record should not claim it is.
    if (MappingPresets::isPreset(m_mapping.name))
        m_mapping.name = QStringLiteral("custom");
    Q_EMIT mappingChanged();
}

void ImportController::applyPreset(const QString &presetId) {
    m_mapping = MappingPresets::map(m_preview.headers, presetId);
    Q_EMIT mappingChanged();
}

void ImportController::applySavedMapping(const QString &name) {
    QString error;
    const std::optional<ColumnMapping> saved = MappingStore(m_database).load(name, &error);
    if (!saved) {
        setErrorMessage(error.isEmpty() ? tr("There is no saved mapping named %1.").arg(name) : error);
        return;
    }
    m_mapping = saved->retargeted(m_preview.headers, m_preview.mapping);
    Q_EMIT mappingChanged();
}

QString ImportController::saveMapping(const QString &name) {
    QString error;
    if (!MappingStore(m_database).save(name, m_mapping, &error))
        return error;
    m_mapping.name = name.trimmed();
    Q_EMIT mappingChanged();
    reloadSavedMappings();
    Q_EMIT notice(tr("Mapping \"%1\" saved.").arg(m_mapping.name));
    return {};
}

void ImportController::reloadSavedMappings() {
    QString error;
    m_savedMappings = MappingStore(m_database).names(&error);
    if (!error.isEmpty())
        qCWarning(lcUi) << "saved mappings unavailable:" << error;
    Q_EMIT savedMappingsChanged();
}

void ImportController::startImport() {
    if (m_stage != QStringLiteral("preview"))
        return;
    ImportOptions options;
    options.filePath = m_preview.filePath;
    options.mapping = m_mapping;
    options.policy = policyFromKey(m_policy).value_or(DedupPolicy::Fill);
    run(std::move(options));
}

void ImportController::importSample() {
    if (m_stage == QStringLiteral("running"))
        return;
    m_preview = ImportPreview();
    m_preview.filePath = m_samplePath;
    Q_EMIT previewChanged();
    ImportOptions options;
    options.filePath = m_samplePath;
    run(std::move(options));
}

void ImportController::run(ImportOptions options) {
    if (m_stage == QStringLiteral("running"))
        return;
    options.reportsDir = m_reportsDir;
    m_progress = ImportProgress();
    m_result = ImportResult();
    setErrorMessage(QString());
    Q_EMIT progressChanged();
    Q_EMIT resultChanged();
    setStage(QStringLiteral("running"));
    if (m_repairing) {
        m_progress.phase = ImportProgress::Phase::Indexing; // what the wait is for
        Q_EMIT progressChanged();
        m_waitingForRepair = std::move(options);
        return;
    }
    startJob(std::move(options));
}

void ImportController::startJob(ImportOptions options) {
    // The pool's task keeps its own reference, so the job outlives a reset() of ours.
    auto job = std::make_shared<ImportJob>(m_database, std::move(options));
    connect(job.get(), &ImportJob::started, this, [this](qint64 id) {
        m_result.importId = id;
        Q_EMIT resultChanged();
    });
    connect(job.get(), &ImportJob::progress, this, [this](const ImportProgress &progress) {
        m_progress = progress;
        Q_EMIT progressChanged();
    });
    connect(job.get(), &ImportJob::finished, this, &ImportController::onFinished);
    m_job = job;
    QThreadPool::globalInstance()->start([job] { job->run(); });
}

void ImportController::onFinished(const ImportResult &result) {
    m_result = result;
    m_progress.counts = result.counts;
    setErrorMessage(result.errorMessage);
    Q_EMIT progressChanged();
    Q_EMIT resultChanged();
    setStage(QStringLiteral("finished"));
    m_history.reload();
    Q_EMIT prospectsChanged();
}

void ImportController::cancel() {
    if (m_stage != QStringLiteral("running"))
        return;
    if (m_waitingForRepair) {
        // Not started yet: nothing to record, back to the preview.
        m_waitingForRepair.reset();
        m_progress = ImportProgress();
        Q_EMIT progressChanged();
        setStage(QStringLiteral("preview"));
        return;
    }
    if (m_job)
        m_job->cancel();
}

void ImportController::undo(qint64 importId) {
    if (m_undoing || importId <= 0)
        return;
    m_undoing = true;
    Q_EMIT undoingChanged();
    QPointer<ImportController> self(this);
    storage::Database *database = &m_database;
    // Undoing a big import deletes many rows: off the GUI thread, like the import itself.
    QThreadPool::globalInstance()->start([self, database, importId] {
        const ImportUndo::Result result = ImportUndo(*database).undo(importId);
        QMetaObject::invokeMethod(
            self.data(),
            [self, result, importId] {
                if (!self)
                    return;
                self->m_undoing = false;
                Q_EMIT self->undoingChanged();
                self->m_history.reload();
                if (!result.ok) {
                    self->setErrorMessage(result.error);
                    return;
                }
                if (self->m_result.importId == importId)
                    self->m_result.status = QStringLiteral("undone");
                Q_EMIT self->resultChanged();
                Q_EMIT self->notice(tr("Import undone: %n prospect(s) removed.", "", int(result.removed)));
                Q_EMIT self->prospectsChanged();
            },
            Qt::QueuedConnection);
    });
}

void ImportController::openErrorReport(const QString &path) {
    const QString file = path.isEmpty() ? m_result.errorReport : path;
    if (!file.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(file));
}

void ImportController::reset() {
    if (m_stage == QStringLiteral("running"))
        return;
    setErrorMessage(QString());
    setStage(QStringLiteral("idle"));
}

} // namespace prospector::ui
