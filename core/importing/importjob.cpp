#include "importing/importjob.h"

#include "csv/csvreader.h"
#include "csv/csvsniffer.h"
#include "importing/deduplicator.h"
#include "importing/errorreport.h"
#include "importing/importlogging.h"
#include "importing/mappingpresets.h"
#include "importing/recordproblem.h"
#include "importing/rowbuilder.h"
#include "storage/database.h"
#include "storage/importrepository.h"
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
bool dropTakenIdentities(ImportStore &store, qint64 prospectId, QList<FieldChange> &changes, QString *error) {
    for (qsizetype i = changes.size() - 1; i >= 0; --i) {
        const FieldChange &change = changes.at(i);
        if (change.column != Email && change.column != LinkedinUrl)
            continue;
        ExistingProspect owner;
        const auto key = change.column == Email ? ImportStore::Key::Email : ImportStore::Key::Linkedin;
        switch (store.find(key, change.newValue, &owner, error)) {
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

} // namespace

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
    QString error;
    if (!execute(&error))
        finish(QStringLiteral("failed"), error);
    Q_EMIT finished(m_result);
}

void ImportJob::finish(const QString &status, const QString &message) {
    m_result.status = status;
    m_result.errorMessage = message;
    m_result.counts = m_committed;
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
                     << m_clock.elapsed() << "ms";
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
    if (elapsed > 0)
        p.rowsPerSecond = double(p.counts.rows) * 1000.0 / double(elapsed);
    if (bytesRead > 0 && elapsed > 500)
        p.etaSeconds = int(double(elapsed) * double(m_fileSize - bytesRead) / double(bytesRead) / 1000.0);
    Q_EMIT progress(p);
}

bool ImportJob::merge(ImportStore &store, const ExistingProspect &existing, const ProspectDraft &draft,
                      qint64 now, ImportCounts &batch, QString *error) {
    // Rows merging into a prospect this import created are duplicates within the file; Undo
    // deletes that prospect anyway, so its changes need no record.
    const bool sameImport = existing.importId == m_result.importId;
    bool changed = false;
    if (m_options.policy != DedupPolicy::Skip) {
        QList<FieldChange> changes = planMerge(existing, draft, m_options.policy);
        bool tagged = false;
        bool noted = false;
        if (!dropTakenIdentities(store, existing.id, changes, error) ||
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

    ImportStore store(m_database.connection(), m_result.importId);
    if (!store.prepare(error))
        return false;
    Deduplicator dedup(store);
    if (!dedup.seed(error))
        return false;
    const QString reportPath = QDir(m_options.reportsDir.isEmpty() ? QDir::tempPath() : m_options.reportsDir)
                                   .filePath(QStringLiteral("import-%1-errors.csv").arg(m_result.importId));
    ErrorReport report(reportPath, headers);
    const RowBuilder builder(mapping, m_record.fileName);

    ProspectDraft draft;
    ExistingProspect existing;
    ImportCounts batch;
    qint64 now = QDateTime::currentMSecsSinceEpoch();
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
    };

    while (reader.next(record)) {
        if (m_cancelled.load(std::memory_order_relaxed)) {
            abort();
            finish(QStringLiteral("cancelled"), QString());
            return true;
        }
        if (!inTransaction) {
            if (!store.begin(error))
                return false;
            inTransaction = true;
            now = QDateTime::currentMSecsSinceEpoch();
        }
        ++batch.rows;
        const QString rejection = builder.build(record, draft);
        if (!rejection.isEmpty()) {
            ++batch.rejected;
            report.add(record.fields, rejection);
        } else {
            Deduplicator::Outcome outcome = dedup.find(draft, &existing, error);
            if (outcome == Deduplicator::Outcome::New) {
                qint64 id = 0;
                switch (store.insert(draft, now, &id, error)) {
                case ImportStore::Result::Ok:
                    ++batch.created;
                    if ((!draft.tags.isEmpty() && !store.addTags(id, draft.tags, false, nullptr, error)) ||
                        (!draft.notes.isEmpty() &&
                         !store.addNote(id, draft.notes, false, now, nullptr, error))) {
                        abort();
                        return false;
                    }
                    break;
                case ImportStore::Result::Constraint:
                    // Someone stored the same email or URL since the filter was seeded: look again.
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
                    abort();
                    return false;
                }
            }
            if (outcome == Deduplicator::Outcome::Error) {
                // A duplicate check that cannot answer must not turn into an insert (SPEC §3).
                abort();
                *error = QCoreApplication::translate(
                             "ImportJob", "The duplicate check failed on line %1, so the import stopped: %2")
                             .arg(record.line)
                             .arg(*error);
                return false;
            }
            if (outcome == Deduplicator::Outcome::Match &&
                !merge(store, existing, draft, now, batch, error)) {
                abort();
                return false;
            }
            dedup.remember(draft);
        }
        if (batch.rows >= m_options.batchSize) {
            if (!commitBatch()) {
                abort();
                return false;
            }
            reportProgress(batch, reader.bytesRead(), true);
        } else if ((batch.rows & 0x3FF) == 0) {
            reportProgress(batch, reader.bytesRead(), false);
        }
    }
    if (!reader.errorString().isEmpty()) {
        abort();
        *error = reader.errorString();
        return false;
    }
    if (m_cancelled.load(std::memory_order_relaxed)) {
        abort();
        finish(QStringLiteral("cancelled"), QString());
        return true;
    }
    if (inTransaction && !commitBatch()) {
        abort();
        return false;
    }
    reportProgress(batch, reader.bytesRead(), true);
    finish(QStringLiteral("completed"), QString());
    return true;
}

} // namespace prospector::importing
