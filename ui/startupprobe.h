#pragma once

#include <QObject>
#include <QString>
#include <QTimer>
#include <atomic>
#include <memory>

class QQuickWindow;

namespace prospector::ui {

class ProspectTableModel;

// For bench/startup only (off unless PROSPECTOR_STARTUP_PROBE names an output file): records
// when the window swapped its first frame and when the prospects table knew its size, lets the
// app sit idle for PROSPECTOR_STARTUP_IDLE_MS (default 10 s), then writes one JSON line with
// those wall-clock times and the resident memory, and quits the app.
class StartupProbe : public QObject {
    Q_OBJECT

public:
    static std::unique_ptr<StartupProbe> fromEnvironment();
    StartupProbe(QString outputPath, int idleMs);

    void watch(QQuickWindow *window, const ProspectTableModel &table);

private:
    void finish();

    QString m_outputPath;
    QTimer m_idle;
    std::atomic<qint64> m_firstFrameMs{0}; // epoch milliseconds; written on the render thread
    qint64 m_sizedMs = 0;
};

} // namespace prospector::ui
