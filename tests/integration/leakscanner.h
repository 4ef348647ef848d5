#pragma once

// The secret-leak scanner shared by the leak tests: looks for a token's bytes, in every encoding a
// careless write could give them, in every file under some folders and in captured process output.
#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

namespace prospector::testing {

// Every way the token's bytes could appear in a file or stream.
inline QList<QByteArray> encodingsOf(const QString &token) {
    const QByteArray utf8 = token.toUtf8();
    QByteArray utf16(reinterpret_cast<const char *>(token.utf16()), token.size() * 2);
    return {utf8,
            utf16,
            utf8.toBase64(),
            QByteArray(':' + utf8).toBase64(), // lemlist Basic credentials
            utf8.toPercentEncoding(),
            utf8.toHex()};
}

// Files (under `roots`) and captured outputs that contain any encoding of any token.
inline QStringList findLeaks(const QStringList &roots, const QList<QByteArray> &outputs,
                             const QStringList &tokens) {
    QList<QByteArray> needles;
    for (const QString &token : tokens)
        needles += encodingsOf(token);
    QStringList leaks;
    const auto scan = [&](const QString &where, const QByteArray &bytes) {
        for (const QByteArray &needle : std::as_const(needles)) {
            if (bytes.contains(needle)) {
                leaks << where;
                return;
            }
        }
    };
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                scan(path, file.readAll());
        }
    }
    for (int i = 0; i < outputs.size(); ++i)
        scan(QStringLiteral("captured output #%1").arg(i), outputs.at(i));
    return leaks;
}

} // namespace prospector::testing
