#include "logging/redaction.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSet>

namespace prospector::logging {
namespace {

const QString kMask = QStringLiteral("[REDACTED]");

QMutex &secretsMutex() {
    static QMutex mutex;
    return mutex;
}

QSet<QString> &secrets() {
    static QSet<QString> set;
    return set;
}

struct Rule {
    QRegularExpression pattern;
    QString replacement;
};

const QList<Rule> &rules() {
    using RE = QRegularExpression;
    static const QList<Rule> list = {
        // Authorization headers: "Bearer xyz", "Basic xyz"
        {RE(QStringLiteral(R"((\b(?:Bearer|Basic)\s+)[A-Za-z0-9._~+/=:-]+)"), RE::CaseInsensitiveOption),
         QStringLiteral("\\1") + kMask},
        // HubSpot private app tokens anywhere in text.
        {RE(QStringLiteral(R"(\bpat-[a-z]{2}\d?-[A-Za-z0-9-]+)")), kMask},
        // key=value / "key": "value" forms of secrets (query strings, JSON bodies, headers).
        {RE(QStringLiteral(
                R"re(((?:api[_-]?key|access[_-]?token|refresh[_-]?token|token|password|passwd|secret|client[_-]?secret))re"
                R"re("?\s*[:=]\s*"?)[^"&\s,;}]+)re"),
            RE::CaseInsensitiveOption),
         QStringLiteral("\\1") + kMask},
        // E-mail addresses: keep first character and domain so logs stay useful for support. Also
        // percent-encoded ones ("%40": an address in a URL path or query, as lemlist and HubSpot take
        // them) and local parts with any letters (zoë@, _sales@), which a \b and [A-Za-z] missed.
        {RE(QStringLiteral(R"re((?<![\p{L}\p{N}._%+-])([\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]*(@|%40))re"
                           R"re(([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}))re"),
            RE::CaseInsensitiveOption),
         QStringLiteral("\\1***\\2\\3")},
    };
    return list;
}

} // namespace

QString redact(const QString &text) {
    QString out = text;
    {
        QMutexLocker lock(&secretsMutex());
        for (const QString &secret : std::as_const(secrets()))
            out.replace(secret, kMask);
    }
    for (const Rule &rule : rules())
        out.replace(rule.pattern, rule.replacement);
    return out;
}

void registerSecret(const QString &secret) {
    // Very short strings would mask ordinary words; real tokens are long.
    if (secret.size() < 8)
        return;
    QMutexLocker lock(&secretsMutex());
    secrets().insert(secret);
}

void clearRegisteredSecrets() {
    QMutexLocker lock(&secretsMutex());
    secrets().clear();
}

} // namespace prospector::logging
