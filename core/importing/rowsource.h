#pragma once

#include "csv/csvreader.h"
#include "importing/importstore.h"
#include "importing/prospectdraft.h"
#include "importing/rowbuilder.h"

#include <QThreadPool>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <vector>

namespace prospector::importing {

// One CSV row after mapping, normalization and validation.
struct ParsedRow {
    ProspectDraft draft;
    EncodedProspect encoded; // what ImportStore::insert stores when the row is new
    QString rejection;       // empty: the row is valid
    QStringList fields;      // the original fields, kept for the error report of a rejected row
    qint64 line = 0;
};

struct RowChunk {
    std::vector<ParsedRow> rows;
    qint64 bytesRead = 0; // of the file, after the last row of the chunk
};

// Reads, decodes, maps, normalizes and validates rows on a thread of its own, ahead of the
// thread that de-duplicates and stores them, so the two halves of an import each get a core.
// Chunks pass through a bounded queue: memory stays constant whatever the size of the file, and a
// slow writer holds the reader back. The reader and builder must outlive the source and are used
// only by its thread until it ends.
class RowSource {
public:
    static constexpr int kChunkRows = 512;
    static constexpr size_t kMaxQueuedChunks = 8;

    RowSource(csv::CsvReader &reader, const RowBuilder &builder);
    ~RowSource(); // stops the thread and waits for it

    void start();
    // The next chunk in file order; false at the end of the file, on a read error (see
    // errorString()) and after stop().
    bool next(RowChunk &chunk);
    // The reading thread stops at its next row; next() returns false from then on.
    void stop();

    // Valid once next() returned false.
    QString errorString() const;
    qint64 bytesRead() const;
    qint64 fallbackBytes() const; // see csv::TextDecoder

private:
    void produce();

    csv::CsvReader &m_reader;
    const RowBuilder &m_builder;
    QThreadPool m_thread; // one thread, ours alone: never waits behind other pool work
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<RowChunk> m_queue;
    bool m_done = false;    // the producer has finished (end, error or stop)
    bool m_stopped = false; // stop() was called
    QString m_error;
    qint64 m_bytesRead = 0;
    qint64 m_fallbackBytes = 0;
};

} // namespace prospector::importing
