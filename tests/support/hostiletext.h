#pragma once
// Text a rep's CSV, a remote service or a curious user can hand the app: SQL, FTS5 syntax, rich
// text, very long text, right-to-left and bidi overrides, emoji sequences, control characters
// (NUL-free: NUL is refused at import, tests/unit/hardening covers it). Shared by the core test
// of SQL safety (tst_hostiletext) and the Qt Quick rendering test (tests/qml-hostile).

#include <QList>
#include <QString>

namespace hostiletext {

struct Sample {
    const char *name;
    QString text;
};

inline QList<Sample> samples() {
    return {
        {"sql drop", QStringLiteral("'; DROP TABLE prospects; --")},
        {"sql or", QStringLiteral("\" OR 1=1 --")},
        {"sql quote", QStringLiteral("O'Brien' OR '1'='1")},
        {"fts quote", QStringLiteral("\"")},
        {"fts star", QStringLiteral("*")},
        {"fts near", QStringLiteral("NEAR(")},
        {"fts minus", QStringLiteral("-")},
        {"fts operators", QStringLiteral("AND OR NOT")},
        {"fts caret", QStringLiteral("^")},
        {"fts column", QStringLiteral("title:ceo")},
        {"html bold", QStringLiteral("<b>Bold Corp</b>")},
        {"html img", QStringLiteral("<img src=x onerror=alert(1)>")},
        {"html link", QStringLiteral("<a href=\"https://evil.example/\">Click me</a>")},
        {"rtl arabic", QStringLiteral("شركة الرياض للتقنية")},
        {"rtl hebrew", QStringLiteral("חברת תל אביב")},
        {"bidi override", QString(QChar(0x202E)) + QStringLiteral("gnp.exe invoice")},
        {"emoji zwj", QStringLiteral("Family 👩‍👩‍👧‍👦 and flags 🇫🇷🇩🇪")},
        {"combining", QStringLiteral("Zoe\u0308 Mu\u0308ller")},
        {"control", QStringLiteral("bell\u0007 escape\u001b[31m red")},
        {"long", QStringLiteral("lorem ipsum ").repeated(8534).trimmed()}, // 100 KB
    };
}

// The ones the rendering test shows (short enough to lay out, and printable).
inline QList<Sample> renderable() {
    QList<Sample> result;
    for (const Sample &s : samples()) {
        if (s.text.size() <= 200 && QLatin1String(s.name) != QLatin1String("control"))
            result << s;
    }
    return result;
}

} // namespace hostiletext
