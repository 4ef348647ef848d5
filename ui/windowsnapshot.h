#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>
#include <chrono>

class QQuickWindow;

namespace prospector::ui {

// Saves pictures of the window once it has settled: how a test takes the README's pictures from
// the real application (PROSPECTOR_SNAPSHOT=FILE.png, PROSPECTOR_SNAPSHOT_PAGES=prospects,...)
// instead of someone's desktop, so they stay true. "Settled" means no new frame for a quiet
// period after a minimum wait, because pages fill in from workers after their first frame; a
// deadline bounds pages that animate forever.
class WindowSnapshot final : public QObject {
    Q_OBJECT
public:
    struct Timing {
        std::chrono::milliseconds minimum{2000};
        std::chrono::milliseconds quiet{1000};
        std::chrono::milliseconds deadline{20000};
    };
    struct Shot {
        QString page; // a name Main.qml's showPage() knows; empty: the page the window opened on
        QString file;
    };

    WindowSnapshot(QQuickWindow *window, QList<Shot> shots, Timing timing, QObject *parent = nullptr);

    // The shots the environment asks for: FILE first (as the window opened), then one picture per
    // listed page, named <page>.png next to FILE. Empty when PROSPECTOR_SNAPSHOT is not set.
    static QList<Shot> requestedShots();

Q_SIGNALS:
    // ok: every picture was written; otherwise error says why (for the log).
    void finished(bool ok, const QString &error);

private:
    void startWaiting();
    void frameShown();
    void take();

    QQuickWindow *m_window;
    QList<Shot> m_shots;
    Timing m_timing;
    QTimer m_quiet;
    QTimer m_deadline;
    QTimer m_minimum;
    bool m_waiting = false;
};

} // namespace prospector::ui
