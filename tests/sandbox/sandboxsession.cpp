#include "sandboxsession.h"

#include "sandboxserver.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace prospector::sandbox {

namespace {
Q_LOGGING_CATEGORY(lcSandbox, "prospector.sandbox")
}

SandboxSession::SandboxSession() = default;
SandboxSession::~SandboxSession() = default;

bool SandboxSession::requested(const QStringList &arguments) {
    return arguments.contains(QStringLiteral("--sandbox"));
}

bool SandboxSession::start(QString *error) {
    auto server = std::make_unique<SandboxServer>();
    if (!server->listen({}, error))
        return false;
    // Whatever token the user typed (or none stored at all) is fine against the simulators.
    server->acceptAnyCredential(true);
    server->lemlist().addCampaign(QCoreApplication::translate("SandboxSession", "Sandbox: Welcome sequence"));
    server->lemlist().addCampaign(QCoreApplication::translate("SandboxSession", "Sandbox: Follow-up"));
    qputenv("PROSPECTOR_HUBSPOT_URL", server->hubspotUrl().toString().toUtf8());
    qputenv("PROSPECTOR_LEMLIST_URL", server->lemlistUrl().toString().toUtf8());
    qputenv("PROSPECTOR_EXPLORIUM_URL", server->exploriumUrl().toString().toUtf8());
    qCInfo(lcSandbox) << "sandbox running: hubspot" << server->hubspotUrl().toString() << "lemlist"
                      << server->lemlistUrl().toString() << "explorium" << server->exploriumUrl().toString();
    m_server = std::move(server);
    return true;
}

} // namespace prospector::sandbox
