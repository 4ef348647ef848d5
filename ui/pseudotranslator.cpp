#include "pseudotranslator.h"

#include <QHash>

namespace prospector::ui {
namespace {

QChar accented(QChar c) {
    static const QHash<QChar, QChar> map = [] {
        const QString plain = QStringLiteral("aceinouyAEINOUCsSzZ");
        const QString fancy = QStringLiteral("áçéîñöüýÅÉÎÑÖÜÇšŠžŽ");
        QHash<QChar, QChar> m;
        for (qsizetype i = 0; i < plain.size(); ++i)
            m.insert(plain.at(i), fancy.at(i));
        return m;
    }();
    return map.value(c, c);
}

// Length of the placeholder starting at `from` ("%1", "%L1", "%n", "%%"), or 0 if there is none.
qsizetype placeholderLength(const QString &text, qsizetype from) {
    if (text.at(from) != u'%' || from + 1 >= text.size())
        return 0;
    qsizetype i = from + 1;
    if (text.at(i) == u'%' || text.at(i) == u'n')
        return 2;
    if (text.at(i) == u'L')
        ++i;
    const qsizetype digitsStart = i;
    while (i < text.size() && text.at(i).isDigit())
        ++i;
    return i > digitsStart ? i - from : 0;
}

} // namespace

QString PseudoTranslator::pseudoLocalize(const QString &source) {
    if (source.isEmpty())
        return source;
    QString out;
    out.reserve(source.size() * 2);
    out += u'[';
    qsizetype letters = 0;
    for (qsizetype i = 0; i < source.size();) {
        const QChar c = source.at(i);
        if (const qsizetype n = placeholderLength(source, i); n > 0) {
            out += QStringView(source).mid(i, n);
            i += n;
        } else if (c == u'<') {
            const qsizetype end = source.indexOf(u'>', i);
            const qsizetype n2 = end < 0 ? source.size() - i : end - i + 1;
            out += QStringView(source).mid(i, n2);
            i += n2;
        } else {
            out += accented(c);
            letters += c.isLetterOrNumber() ? 1 : 0;
            ++i;
        }
    }
    // German and French run 30-40 % longer than English; pad to that so layouts must cope.
    static const QString filler = QStringLiteral("ŀőŗéḿ íƥšúḿ đőŀőŗ šíţ áḿéţ ");
    const qsizetype padding = qMax<qsizetype>(2, (letters * 4 + 9) / 10);
    out += u' ';
    for (qsizetype i = 0; i < padding; ++i)
        out += filler.at(i % filler.size());
    out += u']';
    return out;
}

QString PseudoTranslator::translate(const char *, const char *sourceText, const char *, int) const {
    if (!sourceText || !*sourceText)
        return {};
    return pseudoLocalize(QString::fromUtf8(sourceText));
}

} // namespace prospector::ui
