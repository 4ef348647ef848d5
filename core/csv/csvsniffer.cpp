#include "csv/csvsniffer.h"

#include "csv/textdecoder.h"

#include <QHash>
#include <array>

namespace prospector::csv {
namespace {

constexpr std::array<char16_t, 4> kCandidates = {u',', u';', u'\t', u'|'};
constexpr int kSampleLines = 50;

bool startsWith(const QByteArray &data, std::initializer_list<unsigned char> bytes) {
    if (data.size() < qsizetype(bytes.size()))
        return false;
    qsizetype i = 0;
    for (unsigned char b : bytes) {
        if (static_cast<unsigned char>(data.at(i++)) != b)
            return false;
    }
    return true;
}

// Text files hold almost no control characters besides TAB, CR, LF; binary files hold many.
bool looksBinary(QStringView text) {
    qsizetype controls = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0)
            return true;
        if (u < 0x20 && u != u'\t' && u != u'\r' && u != u'\n' && u != u'\f')
            ++controls;
    }
    return controls > 0 && controls * 100 > text.size(); // more than 1 %
}

// Zero bytes at every other position mean UTF-16 text of mostly ASCII characters.
std::optional<TextEncoding> utf16WithoutBom(const QByteArray &head) {
    const qsizetype pairs = std::min<qsizetype>(head.size() / 2, 4096);
    if (pairs < 2)
        return std::nullopt;
    qsizetype evenZero = 0;
    qsizetype oddZero = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        if (head.at(2 * i) == 0)
            ++evenZero;
        if (head.at(2 * i + 1) == 0)
            ++oddZero;
    }
    if (oddZero * 10 >= pairs * 9 && evenZero * 10 < pairs)
        return TextEncoding::Utf16LE;
    if (evenZero * 10 >= pairs * 9 && oddZero * 10 < pairs)
        return TextEncoding::Utf16BE;
    return std::nullopt;
}

// Field counts per record for one delimiter, honouring quotes (a quoted newline is not a break).
QList<int> fieldCounts(QStringView text, char16_t delimiter, bool truncated) {
    QList<int> counts;
    bool quoted = false;
    int fields = 1;
    bool lineHasContent = false;
    for (qsizetype i = 0; i < text.size() && counts.size() < kSampleLines; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'"') {
            quoted = !quoted;
            lineHasContent = true;
        } else if (quoted) {
            continue;
        } else if (c == delimiter) {
            ++fields;
            lineHasContent = true;
        } else if (c == u'\n' || c == u'\r') {
            if (lineHasContent)
                counts << fields;
            fields = 1;
            lineHasContent = false;
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
        } else {
            lineHasContent = true;
        }
    }
    // The last line counts only when we saw the whole file; otherwise it may be cut off.
    if (!truncated && lineHasContent && !quoted && counts.size() < kSampleLines)
        counts << fields;
    return counts;
}

} // namespace

char16_t CsvSniffer::sniffDelimiter(QStringView text, bool truncated, TextEncoding encoding) {
    // Excel's "Unicode text" is tab-separated; it is also the best guess for a one-column file.
    char16_t best = encoding == TextEncoding::Utf16LE || encoding == TextEncoding::Utf16BE ? u'\t' : u',';
    double bestScore = 0;
    for (char16_t candidate : kCandidates) {
        const QList<int> counts = fieldCounts(text, candidate, truncated);
        if (counts.isEmpty())
            continue;
        QHash<int, int> frequency;
        for (int n : counts)
            ++frequency[n];
        int mode = 1;
        int modeFrequency = 0;
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
            if (it.value() > modeFrequency || (it.value() == modeFrequency && it.key() > mode)) {
                mode = it.key();
                modeFrequency = it.value();
            }
        }
        if (mode < 2)
            continue;
        // Consistency dominates; among equally consistent delimiters, more fields wins.
        const double consistency = double(modeFrequency) / double(counts.size());
        const double score = consistency * 1000.0 + std::min(mode, 999);
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

SniffResult CsvSniffer::sniff(const QByteArray &head, bool truncated) {
    SniffResult result;
    CsvDialect &dialect = result.dialect;
    if (startsWith(head, {0xEF, 0xBB, 0xBF})) {
        dialect.encoding = TextEncoding::Utf8;
        dialect.hasBom = true;
        dialect.bomSize = 3;
    } else if (startsWith(head, {0xFF, 0xFE})) {
        dialect.encoding = TextEncoding::Utf16LE;
        dialect.hasBom = true;
        dialect.bomSize = 2;
    } else if (startsWith(head, {0xFE, 0xFF})) {
        dialect.encoding = TextEncoding::Utf16BE;
        dialect.hasBom = true;
        dialect.bomSize = 2;
    } else if (const auto utf16 = utf16WithoutBom(head)) {
        dialect.encoding = *utf16;
    } else if (!isValidUtf8(head.constData(), head.size(), truncated)) {
        dialect.encoding = TextEncoding::Windows1252;
    }

    const QByteArray body = head.mid(dialect.bomSize);
    QString text;
    TextDecoder decoder(dialect.encoding);
    decoder.decode(body.constData(), body.size(), text);
    if (text.trimmed().isEmpty()) {
        result.verdict = SniffResult::Verdict::Empty;
        return result;
    }
    if (looksBinary(text)) {
        result.verdict = SniffResult::Verdict::Binary;
        return result;
    }
    dialect.delimiter = sniffDelimiter(text, truncated, dialect.encoding);
    return result;
}

} // namespace prospector::csv
