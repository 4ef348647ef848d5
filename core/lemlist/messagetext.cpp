#include "lemlist/messagetext.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace prospector::lemlist {
namespace {

// Where the quoted history starts, in the HTML the common mail clients write.
const QRegularExpression &quoteStart() {
    static const QRegularExpression re(
        QStringLiteral(R"(<div[^>]*class\s*=\s*["'][^"']*(?:gmail_quote|yahoo_quoted|moz-cite-prefix)[^>]*>|)"
                       R"(<blockquote\b|<div[^>]*id\s*=\s*["'](?:divRplyFwdMsg|appendonsend)["'][^>]*>|)"
                       R"(<hr[^>]*id\s*=\s*["']stopSpelling["'])"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

QString decodeEntities(const QString &text) {
    static const QHash<QString, QString> named = {
        {QStringLiteral("amp"), QStringLiteral("&")},    {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},     {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},   {QStringLiteral("nbsp"), QStringLiteral(" ")},
        {QStringLiteral("rsquo"), QStringLiteral("’")},  {QStringLiteral("lsquo"), QStringLiteral("‘")},
        {QStringLiteral("rdquo"), QStringLiteral("”")},  {QStringLiteral("ldquo"), QStringLiteral("“")},
        {QStringLiteral("hellip"), QStringLiteral("…")}, {QStringLiteral("ndash"), QStringLiteral("–")},
        {QStringLiteral("mdash"), QStringLiteral("—")},  {QStringLiteral("eacute"), QStringLiteral("é")},
        {QStringLiteral("egrave"), QStringLiteral("è")}, {QStringLiteral("agrave"), QStringLiteral("à")},
        {QStringLiteral("ccedil"), QStringLiteral("ç")}, {QStringLiteral("uuml"), QStringLiteral("ü")},
        {QStringLiteral("ouml"), QStringLiteral("ö")},   {QStringLiteral("auml"), QStringLiteral("ä")},
        {QStringLiteral("szlig"), QStringLiteral("ß")},
    };
    static const QRegularExpression entity(
        QStringLiteral(R"(&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});)"));
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    auto it = entity.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        QString replacement = m.captured(0); // unknown entities stay as they were
        if (name.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const bool hex =
                name.size() > 1 && (name.at(1) == QLatin1Char('x') || name.at(1) == QLatin1Char('X'));
            const uint code = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
                const char32_t c = code;
                replacement = QString::fromUcs4(&c, 1);
            }
        } else if (const auto found = named.constFind(name.toLower()); found != named.cend()) {
            replacement = *found;
        }
        out += replacement;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace

QString MessageText::fromHtml(const QString &html) {
    QString text = html;
    const QRegularExpressionMatch quote = quoteStart().match(text);
    if (quote.hasMatch())
        text.truncate(quote.capturedStart());
    static const QRegularExpression invisible(
        QStringLiteral(R"(<(head|style|script|title)\b[^>]*>.*?</\1\s*>)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression comments(QStringLiteral(R"(<!--.*?-->)"),
                                             QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression breaks(
        QStringLiteral(R"(<br\s*/?>|</(?:p|div|li|tr|h[1-6])\s*>|<(?:p|div|li|tr)\b[^>]*>)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral(R"(<[^>]*>)"));
    text.remove(invisible);
    text.remove(comments);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\n'), QLatin1Char(' ')); // in HTML a newline is just a space
    text.replace(breaks, QStringLiteral("\n"));
    text.remove(tags);
    text = decodeEntities(text);

    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString clean = line.simplified();
        if (clean.isEmpty() && (lines.isEmpty() || lines.constLast().isEmpty()))
            continue; // no leading or repeated blank lines
        lines << clean;
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

} // namespace prospector::lemlist
