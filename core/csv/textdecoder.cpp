#include "csv/textdecoder.h"

#include <utility>

namespace prospector::csv {
namespace {

QStringConverter::Encoding qtEncoding(TextEncoding encoding) {
    switch (encoding) {
    case TextEncoding::Utf16LE:
        return QStringConverter::Utf16LE;
    case TextEncoding::Utf16BE:
        return QStringConverter::Utf16BE;
    case TextEncoding::Utf8:
    case TextEncoding::Windows1252:
        break;
    }
    return QStringConverter::Utf8;
}

// Windows-1252 differs from Latin-1 only in 0x80..0x9F; undefined bytes map to themselves (as
// Windows does), so no byte is ever lost.
constexpr char16_t kCp1252High[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                      0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// Length of the UTF-8 sequence starting at `bytes[i]` if it is complete and valid; 0 when it is
// invalid; -1 when it is a valid start cut off by the end of the buffer.
int utf8SequenceLength(const unsigned char *bytes, qsizetype i, qsizetype size) {
    const unsigned char lead = bytes[i];
    int length = 0;
    char32_t minimum = 0;
    char32_t value = 0;
    if ((lead & 0xE0) == 0xC0) {
        length = 2;
        minimum = 0x80;
        value = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        minimum = 0x800;
        value = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        minimum = 0x10000;
        value = lead & 0x07;
    } else {
        return 0;
    }
    for (int j = 1; j < length; ++j) {
        if (i + j >= size)
            return -1;
        const unsigned char next = bytes[i + j];
        if ((next & 0xC0) != 0x80)
            return 0;
        value = (value << 6) | (next & 0x3F);
        // Reject overlong and out-of-range prefixes as soon as they show, so a cut-off sequence
        // is only kept pending when it can still become valid.
        if (j == 1 && ((length == 3 && value < 0x20) || (length == 4 && (value < 0x10 || value > 0x10F))))
            return 0;
        if (j == 1 && length == 3 && value >= 0x360 && value <= 0x37F) // U+D800..U+DFFF
            return 0;
    }
    if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return 0;
    return length;
}

} // namespace

char16_t windows1252ToUnicode(unsigned char byte) {
    return (byte >= 0x80 && byte < 0xA0) ? kCp1252High[byte - 0x80] : char16_t(byte);
}

TextDecoder::TextDecoder(TextEncoding encoding)
    : m_encoding(encoding)
    // The reader skips the BOM itself; a U+FEFF later in the file is content.
    , m_decoder(qtEncoding(encoding), QStringConverter::Flag::ConvertInitialBom) {}

void TextDecoder::decode(const char *data, qsizetype size, QString &out) {
    switch (m_encoding) {
    case TextEncoding::Utf8:
        if (m_pending.isEmpty()) {
            decodeUtf8(data, size, out, false);
        } else {
            // Rare: a sequence split across reads. Joining costs one copy of this chunk.
            QByteArray joined = m_pending;
            m_pending.clear();
            joined.append(data, size);
            decodeUtf8(joined.constData(), joined.size(), out, false);
        }
        return;
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
        out.append(m_decoder.decode(QByteArrayView(data, size)));
        return;
    case TextEncoding::Windows1252:
        break;
    }
    const qsizetype start = out.size();
    out.resize(start + size);
    char16_t *dst = reinterpret_cast<char16_t *>(out.data()) + start;
    for (qsizetype i = 0; i < size; ++i)
        dst[i] = windows1252ToUnicode(static_cast<unsigned char>(data[i]));
}

void TextDecoder::finish(QString &out) {
    if (m_encoding == TextEncoding::Utf8 && !m_pending.isEmpty()) {
        const QByteArray rest = std::exchange(m_pending, QByteArray());
        decodeUtf8(rest.constData(), rest.size(), out, true);
    }
}

void TextDecoder::decodeUtf8(const char *data, qsizetype size, QString &out, bool atEnd) {
    const auto *bytes = reinterpret_cast<const unsigned char *>(data);
    const qsizetype start = out.size();
    // Never more UTF-16 units than bytes: reserve once, write in place, shrink at the end.
    out.resize(start + size);
    QChar *const begin = out.data() + start;
    QChar *dst = begin;
    qsizetype i = 0;
    while (i < size) {
        // Runs of valid UTF-8 (the whole chunk, nearly always) go through Qt's decoder.
        qsizetype run = i;
        int length = 0;
        while (run < size) {
            if (bytes[run] < 0x80) {
                ++run;
                continue;
            }
            length = utf8SequenceLength(bytes, run, size);
            if (length <= 0)
                break;
            run += length;
        }
        if (run > i) {
            QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless |
                                                            QStringConverter::Flag::ConvertInitialBom);
            dst = utf8.appendToBuffer(dst, QByteArrayView(data + i, run - i));
            i = run;
        }
        if (i >= size)
            break;
        if (length < 0 && !atEnd) {
            m_pending = QByteArray(data + i, size - i); // completed by the next chunk
            break;
        }
        *dst++ = QChar(windows1252ToUnicode(bytes[i]));
        ++m_fallbackBytes;
        ++i;
    }
    out.resize(start + (dst - begin));
}

bool TextDecoder::hasError() const {
    switch (m_encoding) {
    case TextEncoding::Utf8:
        return m_fallbackBytes > 0;
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
        return m_decoder.hasError();
    case TextEncoding::Windows1252:
        break;
    }
    return false;
}

bool isValidUtf8(const char *data, qsizetype size, bool truncated) {
    const auto *bytes = reinterpret_cast<const unsigned char *>(data);
    for (qsizetype i = 0; i < size;) {
        if (bytes[i] < 0x80) {
            ++i;
            continue;
        }
        const int length = utf8SequenceLength(bytes, i, size);
        if (length == 0)
            return false;
        if (length < 0)
            return truncated; // cut off by the end of the sample: judge only the bytes we have
        i += length;
    }
    return true;
}

} // namespace prospector::csv
