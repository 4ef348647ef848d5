#include "cli/doctorcommand.h"

#include "common/version.h"
#include "logging/logsink.h"
#include "secrets/keychainprobe.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTimer>

namespace prospector::cli {

QString DoctorCommand::summary() const {
    return QCoreApplication::translate("DoctorCommand",
                                       "Show data and log locations, versions and keychain status.");
}

void DoctorCommand::addOptions(QCommandLineParser &) const {}

int DoctorCommand::run(const QCommandLineParser &, const QStringList &, CliContext &context) {
    // The keychain answers asynchronously (D-Bus on Linux); wait for it, bounded.
    secrets::KeychainProbe probe(QStringLiteral("Prospector"));
    QEventLoop loop;
    bool answered = false;
    QObject::connect(&probe, &secrets::KeychainProbe::finished, &loop, [&] {
        answered = true;
        loop.quit();
    });
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    probe.start();
    if (!answered)
        loop.exec();

    const bool keychain = answered && probe.isAvailable();
    const QString keychainText =
        keychain ? QCoreApplication::translate("DoctorCommand", "available")
                 : QCoreApplication::translate("DoctorCommand", "NOT available (%1)")
                       .arg(answered ? probe.backendError()
                                     : QCoreApplication::translate("DoctorCommand", "no answer within 15 s"));
    const QJsonObject report{
        {QStringLiteral("version"), QString::fromLatin1(kVersion)},
        {QStringLiteral("data_dir"), QDir::toNativeSeparators(context.paths.dataDir())},
        {QStringLiteral("database"), QDir::toNativeSeparators(context.paths.databaseFile())},
        {QStringLiteral("log_dir"), QDir::toNativeSeparators(context.paths.logDir())},
        {QStringLiteral("log_file"),
         QDir::toNativeSeparators(QDir(context.paths.logDir()).filePath(logging::logFileName()))},
        {QStringLiteral("schema_version"), context.database ? context.database->schemaVersion() : -1},
        {QStringLiteral("sqlite_version"), storage::Database::sqliteVersion()},
        {QStringLiteral("qt_version"), QString::fromLatin1(qVersion())},
        {QStringLiteral("platform"), QSysInfo::prettyProductName()},
        {QStringLiteral("keychain_available"), keychain},
        {QStringLiteral("keychain"), keychainText},
    };
    QTextStream &out = *context.out;
    if (context.json) {
        out << QJsonDocument(report).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    const auto line = [&out](const QString &label, const QString &value) {
        out << QStringLiteral("%1 %2\n").arg(label + QLatin1Char(':'), -16).arg(value);
    };
    line(QCoreApplication::translate("DoctorCommand", "Prospector"),
         report.value(QStringLiteral("version")).toString());
    line(QCoreApplication::translate("DoctorCommand", "Data dir"),
         report.value(QStringLiteral("data_dir")).toString());
    line(QCoreApplication::translate("DoctorCommand", "Database"),
         report.value(QStringLiteral("database")).toString());
    line(QCoreApplication::translate("DoctorCommand", "Log dir"),
         report.value(QStringLiteral("log_dir")).toString());
    line(QCoreApplication::translate("DoctorCommand", "Schema version"),
         QString::number(report.value(QStringLiteral("schema_version")).toInt()));
    line(QCoreApplication::translate("DoctorCommand", "SQLite"),
         report.value(QStringLiteral("sqlite_version")).toString());
    line(QCoreApplication::translate("DoctorCommand", "Qt"),
         report.value(QStringLiteral("qt_version")).toString());
    line(QCoreApplication::translate("DoctorCommand", "Platform"),
         report.value(QStringLiteral("platform")).toString());
    line(QCoreApplication::translate("DoctorCommand", "Keychain"), keychainText);
    return ExitOk;
}

} // namespace prospector::cli
