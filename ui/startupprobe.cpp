#include "startupprobe.h"

#include "prospecttablemodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickWindow>

namespace prospector::ui {
namespace {

// "VmRSS:    91234 kB" -> 91234 (Linux; 0 elsewhere).
qint64 statusKb(const QByteArray &field) {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace

std::unique_ptr<StartupProbe> StartupProbe::fromEnvironment() {
    const QString path = qEnvironmentVariable("PROSPECTOR_STARTUP_PROBE");
    if (path.isEmpty())
        return nullptr;
    bool ok = false;
    const int idleMs = qEnvironmentVariableIntValue("PROSPECTOR_STARTUP_IDLE_MS", &ok);
    return std::make_unique<StartupProbe>(path, ok ? idleMs : 10000);
}

StartupProbe::StartupProbe(QString outputPath, int idleMs)
    : m_outputPath(std::move(outputPath)) {
    m_idle.setSingleShot(true);
    m_idle.setInterval(std::max(0, idleMs));
    connect(&m_idle, &QTimer::timeout, this, &StartupProbe::finish);
}

void StartupProbe::watch(QQuickWindow *window, const ProspectTableModel &table) {
    if (!window)
        return;
    // frameSwapped comes from the render thread: take the time there, start the timer here.
    connect(
        window, &QQuickWindow::frameSwapped, this,
        [this] {
            qint64 none = 0;
            if (m_firstFrameMs.compare_exchange_strong(none, QDateTime::currentMSecsSinceEpoch()))
                QMetaObject::invokeMethod(&m_idle, qOverload<>(&QTimer::start), Qt::QueuedConnection);
        },
        Qt::DirectConnection);
    const auto sized = [this, &table] {
        if (m_sizedMs == 0 && !table.counting())
            m_sizedMs = QDateTime::currentMSecsSinceEpoch();
    };
    connect(&table, &ProspectTableModel::countingChanged, this, sized);
    sized();
}

void StartupProbe::finish() {
    const QJsonObject result{{QStringLiteral("firstFrameEpochMs"), m_firstFrameMs.load()},
                             {QStringLiteral("tableSizedEpochMs"), m_sizedMs},
                             {QStringLiteral("idleRssKb"), statusKb("VmRSS:")},
                             {QStringLiteral("peakRssKb"), statusKb("VmHWM:")}};
    QFile out(m_outputPath);
    if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        out.write(QJsonDocument(result).toJson(QJsonDocument::Compact) + '\n');
    QCoreApplication::quit();
}

} // namespace prospector::ui
