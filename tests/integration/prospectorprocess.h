#pragma once

// Runs the real `prospector` binary as a child process for integration tests, with optional
// standard input and extra environment (e.g. a private XDG_CONFIG_HOME).
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace prospector::testing {

struct ProcessResult {
    int exitCode = -1;
    QString out;
    QString err;
};

inline ProcessResult runProspector(const QStringList &arguments, const QString &dataDir,
                                   const QByteArray &input = {}, const QProcessEnvironment &extraEnv = {}) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!dataDir.isEmpty())
        env.insert(QStringLiteral("PROSPECTOR_DATA_DIR"), dataDir);
    for (const QString &key : extraEnv.keys())
        env.insert(key, extraEnv.value(key));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PROSPECTOR_BINARY), arguments);
    if (!process.waitForStarted(30000))
        return {};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace prospector::testing
