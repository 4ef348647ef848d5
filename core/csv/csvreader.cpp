#include "csv/csvreader.h"

#include <QCoreApplication>

namespace prospector::csv {
namespace {

constexpr qint64 kChunkSize = 256 * 1024;

} // namespace

CsvReader::CsvReader(QIODevice *device, const CsvDialect &dialect)
    : m_device(device)
    , m_dialect(dialect)
    , m_decoder(dialect.encoding) {
    m_raw.resize(kChunkSize);
}

bool CsvReader::fill() {
    if (m_eof)
        return false;
    // Everything before m_pos is consumed (fields copy what they keep), so the buffer restarts.
    m_buffer.resize(0);
    m_pos = 0;
    while (m_buffer.isEmpty()) {
        const qint64 n = m_device->read(m_raw.data(), kChunkSize);
        if (n < 0) {
            m_error = QCoreApplication::translate("CsvReader", "Cannot read the file: %1")
                          .arg(m_device->errorString());
            m_eof = true;
            return false;
        }
        if (n == 0) {
            m_eof = true;
            m_decoder.finish(m_buffer);
            return !m_buffer.isEmpty();
        }
        qint64 skip = 0;
        if (!m_bomChecked) {
            m_bomChecked = true;
            skip = std::min<qint64>(m_dialect.bomSize, n);
        }
        m_bytesRead += n;
        m_decoder.decode(m_raw.constData() + skip, n - skip, m_buffer);
    }
    return true;
}

void CsvReader::appendToField(const char16_t *data, qsizetype size) {
    if (m_fieldTooLong)
        return;
    if (m_field.size() + size > kMaxFieldSize) {
        m_fieldTooLong = true;
        const qsizetype room = std::max<qsizetype>(0, kKeptOfLongField - m_field.size());
        m_field.truncate(kKeptOfLongField);
        m_field.append(reinterpret_cast<const QChar *>(data), std::min(room, size));
        m_field.append(QChar(0x2026));
        return;
    }
    m_field.append(reinterpret_cast<const QChar *>(data), size);
}

void CsvReader::finishField(CsvRecord &record) {
    ++record.columnCount;
    if (m_fieldTooLong && record.problem == CsvRecord::Problem::None)
        record.problem = CsvRecord::Problem::FieldTooLong;
    m_fieldTooLong = false;
    if (record.columnCount > kMaxColumns) {
        // Counting goes on so the message can say how many there were; storing stops.
        record.problem = CsvRecord::Problem::TooManyColumns;
        m_field.resize(0);
        return;
    }
    record.fields.append(m_field);
    m_field.resize(0);
}

bool CsvReader::next(CsvRecord &record) {
    record.fields.clear();
    record.columnCount = 0;
    record.problem = CsvRecord::Problem::None;
    record.problemLine = 0;
    m_field.resize(0);
    m_fieldTooLong = false;
    const char16_t delimiter = m_dialect.delimiter;

    // Skip blank lines between records.
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill())
            return false;
        const char16_t c = m_buffer.at(m_pos).unicode();
        if (c == u'\n') {
            ++m_line;
            ++m_pos;
        } else if (c == u'\r') {
            ++m_pos;
            if (m_pos >= m_buffer.size())
                fill();
            if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == u'\n')
                ++m_pos;
            ++m_line;
        } else {
            break;
        }
    }
    record.line = m_line;

    for (;;) { // one field per iteration
        if (m_pos >= m_buffer.size() && !fill()) {
            finishField(record); // the file ends right after a delimiter
            return true;
        }
        if (m_buffer.at(m_pos) == u'"') {
            ++m_pos;
            const qint64 quoteLine = m_line;
            bool closed = false;
            while (!closed) {
                if (m_pos >= m_buffer.size() && !fill()) {
                    record.problem = CsvRecord::Problem::UnterminatedQuote;
                    record.problemLine = quoteLine;
                    finishField(record);
                    record.problem = CsvRecord::Problem::UnterminatedQuote;
                    return true;
                }
                const char16_t *data = reinterpret_cast<const char16_t *>(m_buffer.constData());
                const qsizetype size = m_buffer.size();
                qsizetype i = m_pos;
                while (i < size && data[i] != u'"') {
                    if (data[i] == u'\n' || (data[i] == u'\r' && (i + 1 >= size || data[i + 1] != u'\n')))
                        ++m_line;
                    ++i;
                }
                appendToField(data + m_pos, i - m_pos);
                m_pos = i;
                if (i >= size)
                    continue; // refill and keep reading the quoted field
                ++m_pos;      // past the quote: doubled quote or the end of the field?
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == u'"') {
                    const char16_t quote = u'"';
                    appendToField(&quote, 1);
                    ++m_pos;
                } else {
                    closed = true;
                }
            }
        }
        // Unquoted text, or what follows a closing quote, up to the delimiter or line end.
        for (;;) {
            if (m_pos >= m_buffer.size() && !fill()) {
                finishField(record);
                return true;
            }
            const char16_t *data = reinterpret_cast<const char16_t *>(m_buffer.constData());
            const qsizetype size = m_buffer.size();
            qsizetype i = m_pos;
            while (i < size && data[i] != delimiter && data[i] != u'\n' && data[i] != u'\r')
                ++i;
            appendToField(data + m_pos, i - m_pos);
            m_pos = i;
            if (i >= size)
                continue;
            const char16_t c = data[i];
            ++m_pos;
            finishField(record);
            if (c == delimiter)
                break; // next field
            if (c == u'\r') {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == u'\n')
                    ++m_pos;
            }
            ++m_line;
            return true;
        }
    }
}

} // namespace prospector::csv
