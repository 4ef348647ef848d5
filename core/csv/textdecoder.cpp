#include "csv/textdecoder.h"

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

} // namespace

TextDecoder::TextDecoder(TextEncoding encoding)
    : m_encoding(encoding)
    // The reader skips the BOM itself; a U+FEFF later in the file is content.
    , m_decoder(qtEncoding(encoding), QStringConverter::Flag::ConvertInitialBom) {}

void TextDecoder::decode(const char *data, qsizetype size, QString &out) {
    if (m_encoding != TextEncoding::Windows1252) {
        out.append(m_decoder.decode(QByteArrayView(data, size)));
        return;
    }
    const qsizetype start = out.size();
    out.resize(start + size);
    char16_t *dst = reinterpret_cast<char16_t *>(out.data()) + start;
    for (qsizetype i = 0; i < size; ++i) {
        const auto byte = static_cast<unsigned char>(data[i]);
        dst[i] = (byte >= 0x80 && byte < 0xA0) ? kCp1252High[byte - 0x80] : char16_t(byte);
    }
}

bool TextDecoder::hasError() const {
    return m_encoding != TextEncoding::Windows1252 && m_decoder.hasError();
}

bool isValidUtf8(const char *data, qsizetype size, bool truncated) {
    const auto *bytes = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
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
            return false;
        }
        if (i + length > size) {
            // Cut off by the end of the sample: judge only the bytes we have.
            if (!truncated)
                return false;
            for (qsizetype j = i + 1; j < size; ++j) {
                if ((bytes[j] & 0xC0) != 0x80)
                    return false;
            }
            return true;
        }
        for (int j = 1; j < length; ++j) {
            const unsigned char next = bytes[i + j];
            if ((next & 0xC0) != 0x80)
                return false;
            value = (value << 6) | (next & 0x3F);
        }
        if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

} // namespace prospector::csv
