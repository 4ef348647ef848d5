#include "storage/searchquery.h"

#include <QStringList>

namespace prospector::storage {

QString ftsMatchExpression(const QString &userText) {
    // Split on anything the unicode61 tokenizer would treat as a separator, so each term we
    // quote is a single token and the prefix operator applies to it.
    QStringList terms;
    QString current;
    const auto flush = [&] {
        if (!current.isEmpty()) {
            terms << QLatin1Char('"') + current + QStringLiteral("\"*");
            current.clear();
        }
    };
    for (const QChar ch : userText) {
        if (ch.isLetterOrNumber() || ch.category() == QChar::Mark_NonSpacing)
            current += ch;
        else
            flush();
        if (terms.size() >= 16) // a runaway paste should not build a huge query
            break;
    }
    flush();
    return terms.join(QLatin1Char(' '));
}

} // namespace prospector::storage
