#include "importing/importjob.h"

#include "csv/csvreader.h"
#include "csv/csvsniffer.h"
#include "importing/bulkload.h"
#include "importing/deduplicator.h"
#include "importing/errorreport.h"
#include "importing/importlogging.h"
#include "importing/mappingpresets.h"
#include "importing/recordproblem.h"
#include "importing/rowbuilder.h"
#include "storage/database.h"
#include "storage/importrepository.h"
#include "storage/scopedpragma.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlQuery>

namespace prospector::importing {
namespace {

// A row can match one prospect by email and another by LinkedIn URL. Filling the first with the
// second's identity would break the unique indexes (and merge two people): the owner keeps it.
bool dropTakenIdentities(Deduplicator &dedup, qint64 prospectId, QList<FieldChange> &changes,
                         QString *error) {
    for (qsizetype i = changes.size() - 1; i >= 0; --i) {
        const FieldChange &change = changes.at(i);
        if (change.column != Email && change.column != LinkedinUrl)
            continue;
        ExistingProspect owner;
        const auto key = change.column == Email ? ImportStore::Key::Email : ImportStore::Key::Linkedin;
        switch (dedup.lookup(key, change.newValue, &owner, error)) {
        case ImportStore::Result::Ok:
            if (owner.id != prospectId)
                changes.removeAt(i);
            break;
        case ImportStore::Result::NotFound:
            break;
        case ImportStore::Result::Constraint:
        case ImportStore::Result::Error:
            return false;
        }
    }
    return true;
}

void add(ImportCounts &into, const ImportCounts &from) {
    into.rows += from.rows;
    into.created += from.created;
    into.updated += from.updated;
    into.duplicates += from.duplicates;
    into.rejected += from.rejected;
}

// Rows the file probably holds, from the line lengths of its head: enough to choose a load path.
qint64 estimateRows(const QByteArray &head, qint64 fileSize) {
    const qsizetype headerEnd = head.indexOf('\n');
    const qsizetype lines = head.count('\n') - 1;
    if (headerEnd < 0 || lines <= 0)
        return 0;
    const qint64 bytesPerRow = std::max<qint64>(1, (head.size() - headerEnd) / lines);
    return (fileSize - headerEnd) / bytesPerRow;
}

} // namespace

double ImportProgress::fraction() const {
    const double read = bytesTotal > 0 ? std::clamp(double(bytesRead) / double(bytesTotal), 0.0, 1.0) : 0.0;
    if (!bulkLoad && phase == Phase::Reading)
        return read;
    const double readingShare = 1.0 / (1.0 + kRebuildPerLoad);
    if (phase == Phase::Reading)
        return read * readingShare;
    const double indexed = steps > 0 ? double(step) / double(steps) : 0.0;
    // An interrupted import's indexes rebuilt before this one reads: no share of its own yet.
    return counts.rows == 0 ? indexed * readingShare : readingShare + indexed * (1.0 - readingShare);
}

ImportJob::ImportJob(storage::Database &database, ImportOptions options, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_options(std::move(options)) {
    setAutoDelete(false);
}

ImportJob::~ImportJob() = default;

int ImportJob::markInterrupted(storage::Database &database, QString *error) {
    QSqlQuery query(database.connection());
    if (!storage::exec(
            query,
            QStringLiteral("UPDATE imports SET status = 'failed', error_message = ?, finished_at = ? "
                           "WHERE status = 'running'"),
            {QCoreApplication::translate(
                 "ImportJob", "Interrupted: Prospector stopped during this import. The rows of its completed "
                              "batches were kept."),
             QDateTime::currentMSecsSinceEpoch()},
            error))
        return -1;
    return query.numRowsAffected();
}

void ImportJob::run() {
    m_clock.start();
    // Reads without the memory map here: a bulk load's index rebuild reads the whole table, and
    // mapped pages count as the process's memory (a million rows: 643 MB peak instead of 137 MB).
    const storage::ScopedPragma noMemoryMap(m_database.connection(), QStringLiteral("mmap_size"), 0);
    QString error;
    bool ok = execute(&error);
    // However the load ended (done, cancelled, failed), a bulk load gives the table its indexes back
    // before the job reports: the rows are committed and must be usable.
    if (m_bulk) {
        QString indexError;
        if (!rebuildIndexes(m_result.importId, &indexError)) {
            const QString message =
                QCoreApplication::translate("ImportJob",
                                            "The rows were stored, but rebuilding the indexes failed (%1). "
                                            "Prospector tries again at the next start.")
                    .arg(indexError);
            error = ok ? message : error + QLatin1Char('\n') + message;
            ok = false;
        }
        // Settling duplicate identities may have moved rows between counts: the record is right.
        storage::ImportRepository repository(m_database);
        if (const auto record = repository.get(m_result.importId)) {
            m_committed.created = record->created;
            m_committed.updated = record->updated;
            m_committed.duplicates = record->duplicates;
        }
    }
    finish(ok ? m_outcome : QStringLiteral("failed"), ok ? QString() : error);
    Q_EMIT finished(m_result);
}

void ImportJob::finish(const QString &status, const QString &message) {
    m_result.status = status;
    m_result.errorMessage = message;
    m_result.counts = m_committed;
    m_result.bulkLoad = m_bulk;
    if (m_result.importId == 0)
        return;
    storage::ImportRecord &record = m_record;
    record.status = status;
    record.errorMessage = message;
    record.rowsTotal = m_committed.rows;
    record.created = m_committed.created;
    record.updated = m_committed.updated;
    record.duplicates = m_committed.duplicates;
    record.rejected = m_committed.rejected;
    record.errorReport = m_result.errorReport;
    record.finishedAt = QDateTime::currentMSecsSinceEpoch();
    storage::ImportRepository repository(m_database);
    QString error;
    if (!repository.update(record, &error))
        qCWarning(lcImport) << "import" << m_result.importId << "record not updated:" << error;
    qCInfo(lcImport) << "import" << m_result.importId << status << "rows" << m_committed.rows << "created"
                     << m_committed.created << "updated" << m_committed.updated << "duplicates"
                     << m_committed.duplicates << "rejected" << m_committed.rejected << "in"
                     << m_clock.elapsed() << "ms" << (m_bulk ? "(bulk load)" : "");
}

void ImportJob::reportProgress(const ImportCounts &batch, qint64 bytesRead, bool force) {
    const qint64 elapsed = m_clock.elapsed();
    if (!force && elapsed - m_lastProgressMs < 100)
        return;
    m_lastProgressMs = elapsed;
    ImportProgress p;
    p.importId = m_result.importId;
    p.counts = m_committed;
    add(p.counts, batch);
    p.bytesRead = bytesRead;
    p.bytesTotal = m_fileSize;
    p.bulkLoad = m_bulk;
    if (elapsed > 0)
        p.rowsPerSecond = double(p.counts.rows) * 1000.0 / double(elapsed);
    if (bytesRead > 0 && elapsed > 500) {
        const double reading = double(elapsed) * double(m_fileSize) / double(bytesRead);
        double left = reading - double(elapsed);
        // The rebuild grows with the whole table, of which this file is a part.
        if (m_bulk && p.counts.rows > 0)
            left += reading * ImportProgress::kRebuildPerLoad *
                    (1.0 + double(m_existingProspects) * double(bytesRead) / double(m_fileSize) /
                               double(p.counts.rows));
        p.etaSeconds = int(left / 1000.0);
    }
    Q_EMIT progress(p);
}

bool ImportJob::rebuildIndexes(qint64 importId, QString *error) {
    BulkLoad bulk(m_database.connection());
    const qint64 readingMs = m_clock.elapsed();
    return bulk.finish(
        importId,
        [this, readingMs](int done, int total) {
            ImportProgress p;
            p.importId = m_result.importId;
            p.counts = m_committed;
            p.bytesRead = p.bytesTotal = m_fileSize;
            p.bulkLoad = true;
            const qint64 elapsed = m_clock.elapsed();
            if (elapsed > 0)
                p.rowsPerSecond = double(m_committed.rows) * 1000.0 / double(elapsed);
            p.phase = ImportProgress::Phase::Indexing;
            p.step = done;
            p.steps = total;
            // The model's estimate of the rebuild, minus what has passed (never below a few %).
            if (m_committed.rows > 0) {
                const double rebuild = double(readingMs) * ImportProgress::kRebuildPerLoad *
                                       (1.0 + double(m_existingProspects) / double(m_committed.rows));
                p.etaSeconds = int(std::max(rebuild * 0.05, rebuild - double(elapsed - readingMs)) / 1000.0);
            }
            Q_EMIT progress(p);
        },
        error);
}

std::optional<bool> ImportJob::useBulkLoad(ImportStore &store, qint64 estimatedRows, QString *error) {
    const qint64 existing = store.prospectCount(error);
    const qint64 maxId = existing < 0 ? -1 : store.maxProspectId(error);
    if (maxId < 0)
        return std::nullopt;
    m_existingProspects = existing;
    switch (m_options.loadMode) {
    case ImportOptions::LoadMode::Incremental:
        return false;
    case ImportOptions::LoadMode::Bulk:
        return BulkLoad::worthIt(BulkLoad::kMinRows, 0, maxId);
    case ImportOptions::LoadMode::Auto:
        break;
    }
    return BulkLoad::worthIt(estimatedRows, existing, maxId);
}

bool ImportJob::merge(ImportStore &store, Deduplicator &dedup, const ExistingProspect &existing,
                      const ProspectDraft &draft, qint64 now, ImportCounts &batch, QString *error) {
    // Rows merging into a prospect this import created are duplicates within the file; Undo
    // deletes that prospect anyway, so its changes need no record.
    const bool sameImport = existing.importId == m_result.importId;
    bool changed = false;
    if (m_options.policy != DedupPolicy::Skip) {
        QList<FieldChange> changes = planMerge(existing, draft, m_options.policy);
        bool tagged = false;
        bool noted = false;
        if (!dropTakenIdentities(dedup, existing.id, changes, error) ||
            !store.apply(existing.id, changes, !sameImport, now, error) ||
            (!draft.tags.isEmpty() && !store.addTags(existing.id, draft.tags, !sameImport, &tagged, error)) ||
            (!draft.notes.isEmpty() &&
             !store.addNote(existing.id, draft.notes, !sameImport, now, &noted, error)))
            return false;
        changed = !changes.isEmpty() || tagged || noted;
    }
    if (changed && !sameImport)
        ++batch.updated;
    else
        ++batch.duplicates;
    return true;
}

bool ImportJob::execute(QString *error) {
    QFile file(m_options.filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("ImportJob", "Cannot open %1: %2")
                     .arg(QFileInfo(m_options.filePath).fileName(), file.errorString());
        return false;
    }
    m_fileSize = file.size();
    storage::ImportRepository repository(m_database);
    m_record.fileName = QFileInfo(m_options.filePath).fileName();
    m_record.filePath = QFileInfo(m_options.filePath).absoluteFilePath();
    m_record.fileSize = m_fileSize;
    m_record.policy = policyKey(m_options.policy);
    // The record exists before anything can fail, so every attempt shows up in the history.
    m_result.importId = repository.create(m_record, error);
    if (m_result.importId == 0)
        return false;
    m_record.id = m_result.importId;
    Q_EMIT started(m_result.importId);

    const QByteArray head = file.peek(csv::CsvSniffer::kSampleSize);
    const csv::SniffResult sniffed = csv::CsvSniffer::sniff(head, head.size() < m_fileSize);
    if (sniffed.verdict == csv::SniffResult::Verdict::Empty) {
        *error = QCoreApplication::translate("ImportJob", "The file is empty.");
        return false;
    }
    if (sniffed.verdict == csv::SniffResult::Verdict::Binary) {
        *error = QCoreApplication::translate(
            "ImportJob", "This is not a text file. Export the sheet as CSV and try again.");
        return false;
    }
    m_record.encoding = m_result.encoding = sniffed.dialect.encodingName();
    m_record.delimiter = m_result.delimiter = sniffed.dialect.delimiterName();

    csv::CsvReader reader(&file, sniffed.dialect);
    csv::CsvRecord record;
    if (!reader.next(record)) {
        *error = reader.errorString().isEmpty()
                     ? QCoreApplication::translate("ImportJob", "The file is empty.")
                     : reader.errorString();
        return false;
    }
    if (record.problem != csv::CsvRecord::Problem::None) {
        *error = headerProblemText(record);
        return false;
    }
    QStringList headers;
    for (const QString &header : std::as_const(record.fields))
        headers << header.trimmed();

    const QString preset =
        MappingPresets::isPreset(m_options.preset) ? m_options.preset : MappingPresets::detect(headers);
    const ColumnMapping automatic = MappingPresets::map(headers, preset);
    const ColumnMapping mapping =
        m_options.mapping ? m_options.mapping->retargeted(headers, automatic) : automatic;
    m_record.mappingName = m_result.mappingName = mapping.name;
    m_record.mappingJson = QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact));

    // Indexes an interrupted bulk load left dropped come back first: the choice below, and an
    // import without them, need them (a duplicate check by key would scan the whole table).
    bool pending = false;
    if (!BulkLoad(m_database.connection()).pending(error, &pending))
        return false;
    if (pending && !rebuildIndexes(0, error)) {
        *error = QCoreApplication::translate(
                     "ImportJob", "The indexes an interrupted import left behind cannot be rebuilt: %1")
                     .arg(*error);
        return false;
    }

    ImportStore store(m_database.connection(), m_result.importId);
    const qint64 estimatedRows = estimateRows(head, m_fileSize);
    const std::optional<bool> bulk = useBulkLoad(store, estimatedRows, error);
    if (!bulk)
        return false;
    if (*bulk) {
        if (!BulkLoad(m_database.connection()).begin(m_result.importId, error))
            return false;
        m_bulk = true;
    }
    // A bulk load appends: a small page cache does, and the in-memory identity index needs the room.
    if (!store.prepare(error, m_bulk ? 16384 : 40960))
        return false;
    Deduplicator dedup(store, m_bulk ? Deduplicator::Mode::InMemory : Deduplicator::Mode::Indexed);
    if (!dedup.seed(error, estimatedRows))
        return false;
    const QString reportPath = QDir(m_options.reportsDir.isEmpty() ? QDir::tempPath() : m_options.reportsDir)
                                   .filePath(QStringLiteral("import-%1-errors.csv").arg(m_result.importId));
    ErrorReport report(reportPath, headers);
    const RowBuilder builder(mapping, m_record.fileName);
    RowSource source(reader, builder);
    source.start();
    const bool ok = load(store, dedup, source, report, reportPath, error);
    source.stop();
    if (ok && source.fallbackBytes() > 0)
        qCInfo(lcImport) << "import" << m_result.importId << "read" << source.fallbackBytes()
                         << "bytes that were not UTF-8 as Windows-1252";
    return ok;
}

bool ImportJob::load(ImportStore &store, Deduplicator &dedup, RowSource &source, ErrorReport &report,
                     const QString &reportPath, QString *error) {
    ExistingProspect existing;
    ImportCounts batch;
    qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 bytesRead = 0;
    bool inTransaction = false;

    auto commitBatch = [&]() -> bool {
        ImportCounts total = m_committed;
        add(total, batch);
        const QString reportFile = report.writtenPath().isEmpty() && batch.rejected + m_committed.rejected > 0
                                       ? reportPath
                                       : report.writtenPath();
        if (!store.saveCounts(total, reportFile, error) || !store.commit(error))
            return false;
        inTransaction = false;
        if (!report.flush(error))
            return false;
        m_committed = total;
        m_result.errorReport = report.writtenPath();
        batch = ImportCounts();
        return true;
    };
    auto abort = [&]() {
        store.rollback();
        report.discardPending();
        return false;
    };
    auto cancelled = [&]() {
        source.stop();
        abort();
        m_outcome = QStringLiteral("cancelled");
        return true;
    };

    RowChunk chunk;
    while (source.next(chunk)) {
        for (ParsedRow &row : chunk.rows) {
            if (m_cancelled.load(std::memory_order_relaxed))
                return cancelled();
            if (!inTransaction) {
                if (!store.begin(error))
                    return false;
                inTransaction = true;
                now = QDateTime::currentMSecsSinceEpoch();
            }
            ++batch.rows;
            const ProspectDraft &draft = row.draft;
            if (!row.rejection.isEmpty()) {
                ++batch.rejected;
                report.add(row.fields, row.rejection);
            } else {
                Deduplicator::Outcome outcome = dedup.find(draft, &existing, error);
                qint64 id = 0;
                if (outcome == Deduplicator::Outcome::New) {
                    switch (store.insert(row.encoded, now, &id, error)) {
                    case ImportStore::Result::Ok:
                        ++batch.created;
                        if ((!draft.tags.isEmpty() &&
                             !store.addTags(id, draft.tags, false, nullptr, error)) ||
                            (!draft.notes.isEmpty() &&
                             !store.addNote(id, draft.notes, false, now, nullptr, error)))
                            return abort();
                        break;
                    case ImportStore::Result::Constraint:
                        // Someone stored the same email or URL since the keys were read: look again.
                        outcome = dedup.find(draft, &existing, error, true);
                        if (outcome == Deduplicator::Outcome::New) {
                            *error =
                                QCoreApplication::translate("ImportJob", "A prospect could not be stored: %1")
                                    .arg(*error);
                            outcome = Deduplicator::Outcome::Error;
                        }
                        break;
                    case ImportStore::Result::NotFound:
                    case ImportStore::Result::Error:
                        return abort();
                    }
                }
                if (outcome == Deduplicator::Outcome::Error) {
                    // A duplicate check that cannot answer must not turn into an insert (SPEC §3).
                    *error =
                        QCoreApplication::translate(
                            "ImportJob", "The duplicate check failed on line %1, so the import stopped: %2")
                            .arg(row.line)
                            .arg(*error);
                    return abort();
                }
                if (outcome == Deduplicator::Outcome::Match) {
                    if (!merge(store, dedup, existing, draft, now, batch, error))
                        return abort();
                    id = existing.id;
                }
                dedup.remember(draft, id);
            }
            if (batch.rows >= m_options.batchSize) {
                if (!commitBatch())
                    return abort();
                reportProgress(batch, chunk.bytesRead, true);
            } else if ((batch.rows & 0x3FF) == 0) {
                reportProgress(batch, bytesRead, false);
            }
        }
        bytesRead = chunk.bytesRead;
    }
    if (m_cancelled.load(std::memory_order_relaxed))
        return cancelled();
    if (!source.errorString().isEmpty()) {
        *error = source.errorString();
        return abort();
    }
    if (inTransaction && !commitBatch())
        return abort();
    reportProgress(batch, source.bytesRead(), true);
    m_outcome = QStringLiteral("completed");
    return true;
}

} // namespace prospector::importing
