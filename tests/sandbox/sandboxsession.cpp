#include "sandboxsession.h"

#include "sandboxserver.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QThread>

namespace prospector::sandbox {

namespace {
Q_LOGGING_CATEGORY(lcSandbox, "prospector.sandbox")
}

SandboxSession::SandboxSession() = default;

SandboxSession::~SandboxSession() {
    stop();
}

bool SandboxSession::requested(const QStringList &arguments) {
    return arguments.contains(QStringLiteral("--sandbox"));
}

QString SandboxSession::sandboxCredential(const QString &service) {
    // The simulators' default credentials (HubSpotConfig / LemlistConfig / ExploriumConfig).
    if (service == QLatin1String("hubspot"))
        return QStringLiteral("sandbox-hubspot-token");
    if (service == QLatin1String("lemlist"))
        return QStringLiteral("sandbox-lemlist-key");
    if (service == QLatin1String("explorium"))
        return QStringLiteral("sandbox-explorium-key");
    return {};
}

bool SandboxSession::start(QString *error) {
    stop();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("sandbox"));
    m_server = new SandboxServer;
    m_server->moveToThread(m_thread);
    m_thread->start();
    bool listening = false;
    // Everything that touches the server's sockets runs on its thread.
    QMetaObject::invokeMethod(
        m_server,
        [this, &listening, error] {
            listening = m_server->listen({}, error);
            if (!listening)
                return;
            // Whatever token the user typed (or none stored at all) is fine against the simulators.
            m_server->acceptAnyCredential(true);
            // Fixed ids, so `prospector --sandbox enroll --campaign cam_sandbox_welcome` works as
            // the README shows.
            m_server->lemlist().addCampaign(
                QCoreApplication::translate("SandboxSession", "Sandbox: Welcome sequence"),
                QStringLiteral("running"), QStringLiteral("cam_sandbox_welcome"));
            m_server->lemlist().addCampaign(
                QCoreApplication::translate("SandboxSession", "Sandbox: Follow-up"),
                QStringLiteral("running"), QStringLiteral("cam_sandbox_followup"));
            m_hubspotUrl = m_server->hubspotUrl();
            m_lemlistUrl = m_server->lemlistUrl();
            m_exploriumUrl = m_server->exploriumUrl();
        },
        Qt::BlockingQueuedConnection);
    if (!listening) {
        stop();
        return false;
    }
    qputenv("PROSPECTOR_HUBSPOT_URL", m_hubspotUrl.toString().toUtf8());
    qputenv("PROSPECTOR_LEMLIST_URL", m_lemlistUrl.toString().toUtf8());
    qputenv("PROSPECTOR_EXPLORIUM_URL", m_exploriumUrl.toString().toUtf8());
    qCInfo(lcSandbox) << "sandbox running: hubspot" << m_hubspotUrl.toString() << "lemlist"
                      << m_lemlistUrl.toString() << "explorium" << m_exploriumUrl.toString();
    return true;
}

void SandboxSession::stop() {
    if (!m_thread)
        return;
    if (m_server) {
        // Sockets must be closed and deleted on the thread that owns them: close them there now,
        // and let the thread delete the server as it finishes (the QThread worker pattern).
        SandboxServer *server = m_server;
        QMetaObject::invokeMethod(
            server, [server] { server->close(); }, Qt::BlockingQueuedConnection);
        QObject::connect(m_thread, &QThread::finished, server, &QObject::deleteLater);
        m_server = nullptr;
    }
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

} // namespace prospector::sandbox
