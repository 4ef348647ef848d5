#pragma once

#include "importing/columnmapping.h"
#include "importing/deduplicator.h"
#include "importing/errorreport.h"
#include "importing/importstore.h"
#include "importing/mergeplan.h"
#include "importing/rowsource.h"
#include "storage/importrepository.h"

#include <QElapsedTimer>
#include <QObject>
#include <QRunnable>
#include <atomic>
#include <optional>

namespace prospector::storage {
class Database;
}

namespace prospector::importing {

struct ImportOptions {
    QString filePath;
    // "auto" (detect) or a preset id; ignored when `mapping` is set.
    QString preset = QStringLiteral("auto");
    // A mapping edited in the preview or saved by name; re-targeted to the file's headers.
    std::optional<ColumnMapping> mapping;
    DedupPolicy policy = DedupPolicy::Fill;
    QString reportsDir;
    // Rows per transaction: big enough that commits cost nothing, small enough that a cancel or a
    // crash loses little and progress stays lively.
    int batchSize = 20000;
    // Auto: a bulk load (indexes dropped and rebuilt, BulkLoad) when the file is large next to the
    // table; the others force one path (tests run both over the same files).
    enum class LoadMode { Auto, Incremental, Bulk };
    LoadMode loadMode = LoadMode::Auto;
};

struct ImportProgress {
    // Reading: rows are read and stored. Indexing: the indexes of a bulk load are rebuilt (also
    // those an interrupted import left), `step` of `steps`; the rows are all committed by then.
    enum class Phase { Reading, Indexing };
    qint64 importId = 0;
    ImportCounts counts; // includes the batch in progress
    qint64 bytesRead = 0;
    qint64 bytesTotal = 0;
    double rowsPerSecond = 0;
    int etaSeconds = -1; // unknown
    Phase phase = Phase::Reading;
    int step = 0;
    int steps = 0;
    bool bulkLoad = false; // the indexes will be rebuilt after the rows (an Indexing phase follows)

    // Measured on 1M rows into an empty table (bench/RESULTS.md): rebuilding the indexes and the
    // search index takes about 1.8 times as long as reading and storing the rows.
    static constexpr double kRebuildPerLoad = 1.8;
    // Done so far, 0..1, across both phases of a bulk load.
    double fraction() const;
};

struct ImportResult {
    qint64 importId = 0; // 0 when the import could not even start
    ImportCounts counts; // committed rows only
    QString status;      // completed | cancelled | failed
    QString errorReport; // path of the error report CSV, empty when no row was rejected
    QString errorMessage;
    QString encoding;
    QString delimiter;
    QString mappingName;
    bool bulkLoad = false; // the indexes were dropped for the load and rebuilt at its end
};

// Imports one CSV file on a QThreadPool thread: parse, normalize, validate, de-duplicate and
// store in batched transactions, with progress, cancel, an import record and an error report.
// The counts in the import record are written in the same transaction as each batch, so a crash
// or a cancel leaves data and record consistent ("as if the import stopped after the last batch").
// Can also run synchronously (the CLI calls run() directly).
class ImportJob : public QObject, public QRunnable {
    Q_OBJECT
public:
    ImportJob(storage::Database &database, ImportOptions options, QObject *parent = nullptr);
    ~ImportJob() override;

    void run() override;
    // Thread-safe. The job stops before the next row and rolls back the batch in progress. Once
    // the rows are stored, rebuilding the indexes of a bulk load is not cut short (it is what
    // makes the table usable again); a cancel then only ends the job sooner if it comes earlier.
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    // The flag cancel() sets, for a signal handler (cli::SignalCancel) that may touch nothing else.
    std::atomic_bool &cancellation() { return m_cancelled; }

    ImportResult result() const { return m_result; }

    // Imports still "running" when the app starts were cut short (crash, kill, power loss). Their
    // committed batches are consistent and stay (importing the file again skips or fills them);
    // the record says "failed" so the history is honest and Undo is offered. Returns how many.
    static int markInterrupted(storage::Database &database, QString *error = nullptr);

Q_SIGNALS:
    void started(qint64 importId);
    void progress(const prospector::importing::ImportProgress &progress);
    void finished(const prospector::importing::ImportResult &result);

private:
    // Reads and stores the rows; true with m_outcome set when the import ran to its end or was
    // cancelled, false on a failure.
    bool execute(QString *error);
    bool load(ImportStore &store, Deduplicator &dedup, RowSource &source, ErrorReport &report,
              const QString &reportPath, QString *error);
    // Applies the dedup policy to a row that matched `existing`; counts it as updated or duplicate.
    bool merge(ImportStore &store, Deduplicator &dedup, const ExistingProspect &existing,
               const ProspectDraft &draft, qint64 now, ImportCounts &batch, QString *error);
    std::optional<bool> useBulkLoad(ImportStore &store, qint64 estimatedRows, QString *error);
    // Rebuilds deferred indexes (a bulk load's own, or what an interrupted one left), with progress.
    bool rebuildIndexes(qint64 importId, QString *error);
    void finish(const QString &status, const QString &message);
    void reportProgress(const ImportCounts &batch, qint64 bytesRead, bool force);

    storage::Database &m_database;
    ImportOptions m_options;
    std::atomic_bool m_cancelled = false;
    ImportResult m_result;
    storage::ImportRecord m_record;
    ImportCounts m_committed;
    qint64 m_fileSize = 0;
    QElapsedTimer m_clock;
    qint64 m_lastProgressMs = -1;
    qint64 m_existingProspects = 0;
    QString m_outcome; // completed | cancelled, once execute() succeeded
    bool m_bulk = false;
};

} // namespace prospector::importing

Q_DECLARE_METATYPE(prospector::importing::ImportProgress)
Q_DECLARE_METATYPE(prospector::importing::ImportResult)
