#include "windowsnapshot.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QQuickWindow>

namespace prospector::ui {

WindowSnapshot::WindowSnapshot(QQuickWindow *window, QList<Shot> shots, Timing timing, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_shots(std::move(shots))
    , m_timing(timing) {
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(m_timing.quiet);
    m_minimum.setSingleShot(true);
    m_minimum.setInterval(m_timing.minimum);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(m_timing.deadline);
    connect(&m_quiet, &QTimer::timeout, this, [this] {
        if (!m_minimum.isActive())
            take();
    });
    // The quiet period may have run out during the minimum wait: look again when it ends.
    connect(&m_minimum, &QTimer::timeout, this, [this] {
        if (!m_quiet.isActive())
            take();
    });
    connect(&m_deadline, &QTimer::timeout, this, &WindowSnapshot::take);
    connect(m_window, &QQuickWindow::frameSwapped, this, &WindowSnapshot::frameShown);
    if (m_shots.isEmpty())
        QTimer::singleShot(0, this,
                           [this] { Q_EMIT finished(false, QStringLiteral("no picture asked for")); });
    else
        startWaiting();
}

QList<WindowSnapshot::Shot> WindowSnapshot::requestedShots() {
    const QString file = qEnvironmentVariable("PROSPECTOR_SNAPSHOT");
    if (file.isEmpty())
        return {};
    QList<Shot> shots{{QString(), file}};
    const QDir folder = QFileInfo(file).absoluteDir();
    const QStringList pages =
        qEnvironmentVariable("PROSPECTOR_SNAPSHOT_PAGES").split(u',', Qt::SkipEmptyParts);
    for (const QString &page : pages)
        shots.append({page.trimmed(), folder.filePath(page.trimmed() + QStringLiteral(".png"))});
    return shots;
}

void WindowSnapshot::startWaiting() {
    const Shot &next = m_shots.constFirst();
    if (!next.page.isEmpty() &&
        !QMetaObject::invokeMethod(m_window, "showPage", Q_ARG(QVariant, QVariant(next.page)))) {
        Q_EMIT finished(false, QStringLiteral("the window cannot show page %1").arg(next.page));
        return;
    }
    m_waiting = true;
    m_quiet.start();
    m_minimum.start();
    m_deadline.start();
}

void WindowSnapshot::frameShown() {
    if (m_waiting)
        m_quiet.start();
}

void WindowSnapshot::take() {
    if (!m_waiting)
        return;
    m_waiting = false; // grabbing renders a frame itself; it must not restart the wait
    m_quiet.stop();
    m_minimum.stop();
    m_deadline.stop();
    const Shot shot = m_shots.takeFirst();
    const QImage image = m_window->grabWindow();
    if (image.isNull()) {
        Q_EMIT finished(false, QStringLiteral("the window could not be grabbed"));
        return;
    }
    if (!image.save(shot.file, "PNG")) {
        Q_EMIT finished(false, QStringLiteral("%1 could not be written").arg(shot.file));
        return;
    }
    if (m_shots.isEmpty())
        Q_EMIT finished(true, {});
    else
        startWaiting();
}

} // namespace prospector::ui
