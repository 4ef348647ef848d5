#include "importing/rowsource.h"

namespace prospector::importing {

RowSource::RowSource(csv::CsvReader &reader, const RowBuilder &builder)
    : m_reader(reader)
    , m_builder(builder) {
    m_thread.setMaxThreadCount(1);
}

RowSource::~RowSource() {
    stop();
    m_thread.waitForDone();
}

void RowSource::start() {
    m_thread.start([this] { produce(); });
}

void RowSource::produce() {
    csv::CsvRecord record;
    RowChunk chunk;
    bool more = true;
    while (more) {
        chunk.rows.resize(kChunkRows);
        size_t count = 0;
        while (count < size_t(kChunkRows)) {
            if (!m_reader.next(record)) {
                more = false;
                break;
            }
            ParsedRow &row = chunk.rows[count++];
            row.line = record.line;
            row.rejection = m_builder.build(record, row.draft);
            if (row.rejection.isEmpty()) {
                row.fields.clear();
                row.encoded = EncodedProspect::from(row.draft, customFieldsJson(row.draft.customFields));
            } else {
                row.fields = record.fields;
            }
        }
        chunk.rows.resize(count);
        chunk.bytesRead = m_reader.bytesRead();
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopped || m_queue.size() < kMaxQueuedChunks; });
        if (m_stopped)
            break;
        if (count > 0)
            m_queue.push_back(std::move(chunk));
        chunk = RowChunk();
        m_changed.notify_all();
    }
    std::lock_guard lock(m_mutex);
    m_error = m_reader.errorString();
    m_bytesRead = m_reader.bytesRead();
    m_fallbackBytes = m_reader.fallbackBytes();
    m_done = true;
    m_changed.notify_all();
}

bool RowSource::next(RowChunk &chunk) {
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stopped || m_done || !m_queue.empty(); });
    if (m_stopped || m_queue.empty())
        return false;
    chunk = std::move(m_queue.front());
    m_queue.pop_front();
    m_changed.notify_all();
    return true;
}

void RowSource::stop() {
    std::lock_guard lock(m_mutex);
    m_stopped = true;
    m_changed.notify_all();
}

QString RowSource::errorString() const {
    std::lock_guard lock(m_mutex);
    return m_error;
}

qint64 RowSource::bytesRead() const {
    std::lock_guard lock(m_mutex);
    return m_bytesRead;
}

qint64 RowSource::fallbackBytes() const {
    std::lock_guard lock(m_mutex);
    return m_fallbackBytes;
}

} // namespace prospector::importing
