#include "autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace prospector::ui {

namespace {

const auto kEntryName = QStringLiteral("app.prospector.Prospector");

#if !defined(Q_OS_WIN)
bool writeFile(const QString &path, const QByteArray &content, QString *error) {
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = QCoreApplication::translate("Autostart", "The folder %1 cannot be created.")
                     .arg(QFileInfo(path).absolutePath());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        *error = QCoreApplication::translate("Autostart", "%1 cannot be written: %2")
                     .arg(path, file.errorString());
        return false;
    }
    return true;
}

bool removeFile(const QString &path, QString *error) {
    QFile file(path);
    if (file.exists() && !file.remove()) {
        *error = QCoreApplication::translate("Autostart", "%1 cannot be removed: %2")
                     .arg(path, file.errorString());
        return false;
    }
    return true;
}
#endif

#if defined(Q_OS_MACOS)
QString xmlEscaped(const QString &text) {
    return text.toHtmlEscaped();
}

QByteArray launchAgent(const QString &program, const QStringList &arguments) {
    QString args = QStringLiteral("    <string>%1</string>\n").arg(xmlEscaped(program));
    for (const QString &argument : arguments)
        args += QStringLiteral("    <string>%1</string>\n").arg(xmlEscaped(argument));
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                          "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                          "<plist version=\"1.0\">\n<dict>\n"
                          "  <key>Label</key>\n  <string>%1</string>\n"
                          "  <key>ProgramArguments</key>\n  <array>\n%2  </array>\n"
                          "  <key>RunAtLoad</key>\n  <true/>\n"
                          "</dict>\n</plist>\n")
        .arg(kEntryName, args)
        .toUtf8();
}
#elif defined(Q_OS_WIN)
QString windowsCommandLine(const QString &program, const QStringList &arguments) {
    QString line = QLatin1Char('"') + QDir::toNativeSeparators(program) + QLatin1Char('"');
    for (const QString &argument : arguments)
        line += QLatin1Char(' ') + argument;
    return line;
}

const auto kRunKey = QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
#else
// Desktop Entry Specification, "The Exec key": an argument with a reserved character is quoted,
// and inside quotes " ` $ \ are escaped; then the value as a whole is a string, whose own
// escape rule doubles every backslash. A literal % is written %%.
QString execArgument(const QString &argument) {
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    QString value = argument;
    value.replace(QLatin1Char('%'), QStringLiteral("%%"));
    bool quote = value.isEmpty();
    for (const QChar c : value)
        quote = quote || reserved.contains(c);
    if (quote) {
        QString escaped;
        for (const QChar c : value) {
            if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
                escaped += QLatin1Char('\\');
            escaped += c;
        }
        value = QLatin1Char('"') + escaped + QLatin1Char('"');
    }
    return value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
}

QByteArray desktopEntry(const QString &program, const QStringList &arguments) {
    QString exec = execArgument(program);
    for (const QString &argument : arguments)
        exec += QLatin1Char(' ') + execArgument(argument);
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Prospector\n"
                          "Comment=Keeps autopilot running in the system tray\n"
                          "Exec=%1\n"
                          "Icon=%2\n"
                          "Terminal=false\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(exec, kEntryName)
        .toUtf8();
}

// The rep can switch an entry off in the desktop's startup settings without deleting it.
bool switchedOffByDesktop(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return true;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line == "Hidden=true" || line == "X-GNOME-Autostart-enabled=false")
            return true;
    }
    return false;
}
#endif

} // namespace

Autostart::Autostart(QString program, QStringList arguments)
    : m_program(std::move(program))
    , m_arguments(std::move(arguments)) {}

QString Autostart::entryLocation() {
#if defined(Q_OS_WIN)
    return kRunKey;
#elif defined(Q_OS_MACOS)
    return QDir::homePath() + QStringLiteral("/Library/LaunchAgents/") + kEntryName +
           QStringLiteral(".plist");
#else
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/") + kEntryName + QStringLiteral(".desktop");
#endif
}

bool Autostart::isEnabled() const {
#if defined(Q_OS_WIN)
    return QSettings(kRunKey, QSettings::NativeFormat).contains(QStringLiteral("Prospector"));
#elif defined(Q_OS_MACOS)
    return QFileInfo::exists(entryLocation());
#else
    return QFileInfo::exists(entryLocation()) && !switchedOffByDesktop(entryLocation());
#endif
}

bool Autostart::setEnabled(bool enabled, QString *error) {
#if defined(Q_OS_WIN)
    QSettings run(kRunKey, QSettings::NativeFormat);
    if (enabled)
        run.setValue(QStringLiteral("Prospector"), windowsCommandLine(m_program, m_arguments));
    else
        run.remove(QStringLiteral("Prospector"));
    run.sync();
    if (run.status() != QSettings::NoError) {
        *error = QCoreApplication::translate("Autostart", "The Windows start-up entry cannot be changed.");
        return false;
    }
    return true;
#elif defined(Q_OS_MACOS)
    return enabled ? writeFile(entryLocation(), launchAgent(m_program, m_arguments), error)
                   : removeFile(entryLocation(), error);
#else
    return enabled ? writeFile(entryLocation(), desktopEntry(m_program, m_arguments), error)
                   : removeFile(entryLocation(), error);
#endif
}

} // namespace prospector::ui
