#include "sync/replyclassifier/replytextnormalizer.h"

#include <QRegularExpression>
#include <QStringList>

namespace prospector::sync {
namespace {

// Lines that start the previous message of the thread: everything from there on is history.
const QRegularExpression &historyStart() {
    static const QRegularExpression re(
        QStringLiteral(R"((?m)^[ \t]*(?:)"
                       R"(>|)"
                       R"(on\b[^\n]{0,200}?\bwrote\s*:|on\b[^\n]{0,200}\n[^\n]{0,120}?\bwrote\s*:|)"
                       R"(le\b[^\n]{0,200}?\ba ecrit\s*:|le\b[^\n]{0,200}\n[^\n]{0,120}?\ba ecrit\s*:|)"
                       R"(am\b[^\n]{0,200}?\bschrieb\b[^\n]{0,200}:|)"
                       R"(-{2,}\s*(?:original message|urspr\S*ngliche nachricht|message d'origine)|)"
                       R"(_{8,}|)"
                       R"((?:from|von|de|envoye|sent|gesendet)\s?:\s)"
                       R"())"));
    return re;
}

// Lines that start a signature or a sign-off. Matched against a whole (trimmed) line only, so
// "thanks, I'm interested" is content while a lone "Thanks," is a sign-off.
const QRegularExpression &signatureLine() {
    static const QRegularExpression re(QStringLiteral(
        R"(^(?:--|__|)"
        R"((?:best|kind|warm|warmest)?\s*regards|best wishes|best|cheers|thanks|thank you|many thanks|)"
        R"(thx|sincerely|yours truly|all the best|)"
        R"(cordialement|bien cordialement|bien a vous|bonne journee|merci|)"
        R"(mit freundlichen grussen|freundliche grusse|viele grusse|beste grusse|liebe grusse|lg|mfg|gruss|)"
        R"(sent from my \w+|envoye de mon \w+|von meinem \w+ gesendet)"
        R"()[\s,.!]*$)"));
    return re;
}

} // namespace

QString ReplyTextNormalizer::fold(const QString &text) {
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        switch (c.unicode()) {
        case 0x2018: // ‘
        case 0x2019: // ’
        case 0x00B4: // ´
        case 0x0060: // `
            out += QLatin1Char('\'');
            break;
        case 0x201C: // “
        case 0x201D: // ”
        case 0x00AB: // «
        case 0x00BB: // »
            out += QLatin1Char('"');
            break;
        case 0x00DF: // ß
            out += QLatin1String("ss");
            break;
        case 0x00A0: // no-break space
            out += QLatin1Char(' ');
            break;
        default:
            out += c.toLower();
        }
    }
    return out;
}

QString ReplyTextNormalizer::normalize(const QString &text) {
    QString folded = fold(text);
    folded.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    folded.replace(QLatin1Char('\r'), QLatin1Char('\n'));

    const QRegularExpressionMatch history = historyStart().match(folded);
    if (history.hasMatch())
        folded.truncate(history.capturedStart());

    QStringList kept;
    const QStringList lines = folded.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        // A sign-off only ends the message once something was said; a reply that is just
        // "Thanks!" keeps its one word.
        if (signatureLine().match(trimmed).hasMatch() && !kept.join(QString()).trimmed().isEmpty())
            break;
        kept << trimmed;
    }
    return kept.join(QLatin1Char(' ')).simplified();
}

} // namespace prospector::sync
