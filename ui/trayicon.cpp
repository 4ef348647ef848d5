#include "trayicon.h"

#include "autopilot/autopilotcontrol.h"
#include "autopilotstatetext.h"
#include "desktopsettings.h"

#include <QCoreApplication>
#include <QEvent>
#include <QMenu>
#include <QSystemTrayIcon>

namespace prospector::ui {

namespace {
using State = autopilot::AutopilotControl::State;
// A tray host can start after the app (a panel restart, a login race): look again now and then.
constexpr int kAvailabilityPollMs = 5000;
} // namespace

TrayIcon::TrayIcon(autopilot::AutopilotControl &control, DesktopSettings &settings, QObject *parent)
    : QObject(parent)
    , m_control(control)
    , m_settings(settings)
    , m_menu(std::make_unique<QMenu>())
    , m_icon(std::make_unique<QSystemTrayIcon>()) {
    m_menu->setObjectName(QStringLiteral("tray.menu"));
    m_status = m_menu->addAction(QString());
    m_status->setEnabled(false);
    m_menu->addSeparator();
    m_open = m_menu->addAction(QString(), this, [this] { Q_EMIT openRequested(QString(), 0); });
    m_runNow = m_menu->addAction(QString(), this, [this] { m_control.runNow(false); });
    m_pause = m_menu->addAction(QString(), this, [this] {
        if (m_control.state() == State::Paused)
            m_control.resume();
        else
            m_control.pause();
    });
    m_menu->addSeparator();
    m_quit = m_menu->addAction(QString(), this, [this] { Q_EMIT quitRequested(); });
    m_status->setObjectName(QStringLiteral("tray.status"));
    m_open->setObjectName(QStringLiteral("tray.open"));
    m_runNow->setObjectName(QStringLiteral("tray.runNow"));
    m_pause->setObjectName(QStringLiteral("tray.pauseResume"));
    m_quit->setObjectName(QStringLiteral("tray.quit"));
    m_icon->setContextMenu(m_menu.get());

    connect(m_icon.get(), &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    Q_EMIT openRequested(QString(), 0);
            });
    connect(&m_control, &autopilot::AutopilotControl::stateChanged, this, &TrayIcon::updateState);
    // The next run time moves when a run ends, whatever the state does.
    connect(&m_control, &autopilot::AutopilotControl::runFinished, this, &TrayIcon::updateState);
    connect(&m_settings, &DesktopSettings::changed, this, [this] {
        updateState();
        Q_EMIT availableChanged(); // closesToTray follows the setting
    });
    // Language switches install a translator, which sends LanguageChange to the application.
    QCoreApplication::instance()->installEventFilter(this);

    m_availabilityPoll.setInterval(kAvailabilityPollMs);
    connect(&m_availabilityPoll, &QTimer::timeout, this, &TrayIcon::refreshAvailability);
    m_availabilityPoll.start();

    retranslate();
    updateState();
    refreshAvailability();
    m_icon->show();
}

TrayIcon::~TrayIcon() {
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
    m_icon->hide();
}

bool TrayIcon::closesToTray() const {
    return m_available && m_settings.closeToTray();
}

bool TrayIcon::closeToTray() {
    refreshAvailability();
    if (!closesToTray())
        return false;
    if (m_settings.takeFirstCloseToTray())
        Q_EMIT keptRunningInTray();
    return true;
}

void TrayIcon::refreshAvailability() {
    const bool available = QSystemTrayIcon::isSystemTrayAvailable();
    if (available == m_available)
        return;
    m_available = available;
    Q_EMIT availableChanged();
}

QString TrayIcon::iconState() const {
    const State state = m_control.state();
    return state == State::Off ? QStringLiteral("idle") : autopilotStateKey(state);
}

QString TrayIcon::iconPath(const QString &iconState, bool monochrome) {
    return QStringLiteral(":/qt/qml/Prospector/icons/tray/tray-%1%2.svg")
        .arg(iconState, monochrome ? QStringLiteral("-symbolic") : QString());
}

bool TrayIcon::eventFilter(QObject *watched, QEvent *event) {
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void TrayIcon::updateState() {
    const State state = m_control.state();
    const bool monochrome = m_settings.monochromeTrayIcon();
    QIcon icon(iconPath(iconState(), monochrome));
    // Monochrome pictures are masks that macOS tints for light and dark menu bars.
    icon.setIsMask(monochrome);
    m_icon->setIcon(icon);

    const bool on = state != State::Off;
    m_runNow->setEnabled(state == State::Idle || state == State::NeedsAttention);
    m_pause->setEnabled(on);
    retranslate();
    Q_EMIT iconChanged();
}

void TrayIcon::retranslate() {
    const State state = m_control.state();
    m_open->setText(tr("Open Prospector"));
    m_runNow->setText(tr("Run autopilot now"));
    m_pause->setText(state == State::Paused ? tr("Resume autopilot") : tr("Pause autopilot"));
    m_quit->setText(tr("Quit Prospector"));

    QString status = tr("Autopilot: %1").arg(autopilotStateText(state));
    QString tooltip = tr("Prospector") + QLatin1Char('\n') + status;
    if (state == State::NeedsAttention && !m_control.attentionReason().isEmpty())
        tooltip += QLatin1Char('\n') + m_control.attentionReason();
    if (state == State::Idle || state == State::NeedsAttention) {
        const QString next = tr("Next run: %1").arg(nextRunText(m_control.nextRunAt()));
        tooltip += QLatin1Char('\n') + next;
        status += QStringLiteral(" · ") + next;
    }
    m_status->setText(status);
    m_icon->setToolTip(tooltip);
}

} // namespace prospector::ui
