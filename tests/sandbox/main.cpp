// prospector-sandbox: the three simulators as a standalone process. Prints the base URLs (one per
// line, "hubspot=http://127.0.0.1:PORT") and serves until killed.
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <csignal>

using namespace prospector::sandbox;

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("prospector-sandbox"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Loopback simulators of HubSpot, lemlist and Explorium."));
    parser.addHelpOption();
    const QCommandLineOption portOption(
        QStringLiteral("port"),
        QCoreApplication::translate("main",
                                    "First port: HubSpot on it, lemlist on +1, Explorium on +2 (0 = any)."),
        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption scaleOption(
        QStringLiteral("time-scale"),
        QCoreApplication::translate("main", "Multiply rate-limit windows and delays by this factor."),
        QStringLiteral("factor"), QStringLiteral("1"));
    const QCommandLineOption anyOption(
        QStringLiteral("accept-any-credential"),
        QCoreApplication::translate("main", "Accept any non-empty token or key."));
    const QCommandLineOption campaignOption(
        QStringLiteral("campaign"),
        QCoreApplication::translate("main", "Seed a lemlist campaign (repeatable)."), QStringLiteral("name"));
    parser.addOptions({portOption, scaleOption, anyOption, campaignOption});
    parser.process(app);

    SandboxServer server;
    const quint16 first = parser.value(portOption).toUShort();
    SandboxPorts ports;
    if (first > 0)
        ports = {first, static_cast<quint16>(first + 1), static_cast<quint16>(first + 2)};
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString error;
    if (!server.listen(ports, &error)) {
        err << QCoreApplication::translate("main", "cannot listen: %1").arg(error) << Qt::endl;
        return 1;
    }
    server.setTimeScale(parser.value(scaleOption).toDouble());
    server.acceptAnyCredential(parser.isSet(anyOption));
    for (const QString &name : parser.values(campaignOption))
        server.lemlist().addCampaign(name);
    out << "hubspot=" << server.hubspotUrl().toString() << Qt::endl;
    out << "lemlist=" << server.lemlistUrl().toString() << Qt::endl;
    out << "explorium=" << server.exploriumUrl().toString() << Qt::endl;
    out << "admin=" << server.adminUrl().toString() << "/_sandbox/state" << Qt::endl;
    std::signal(SIGTERM, [](int) { QCoreApplication::quit(); });
    std::signal(SIGINT, [](int) { QCoreApplication::quit(); });
    return QCoreApplication::exec();
}
