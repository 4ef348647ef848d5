#include "cli/credentialscommand.h"

#include "cli/secretinput.h"
#include "integrations/services.h"
#include "secrets/credentialstore.h"
#include "storage/settingsrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace prospector::cli {
namespace {

using integrations::Service;
using secrets::CredentialError;
using secrets::CredentialStore;

QString tr(const char *text) {
    return QCoreApplication::translate("CredentialsCommand", text);
}

const QString kAllowInsecure = QStringLiteral("allow-insecure-storage");

// A hung keychain (e.g. a prompt nobody answers) must not hang a script forever.
constexpr int kKeychainTimeoutMs = 60000;

QString serviceList() {
    QStringList ids;
    for (Service service : integrations::allServices())
        ids << net::serviceKey(service);
    return ids.join(QLatin1Char('|'));
}

QString errorText(CredentialError error, const QString &detail, const CredentialStore &store) {
    QString text = secrets::describe(error);
    if (!detail.isEmpty())
        text += QStringLiteral(" (%1)").arg(detail);
    if (error == CredentialError::KeychainUnavailable)
        text += QLatin1Char(' ') +
                tr("Start a keychain (e.g. GNOME Keyring or KWallet), or accept storing tokens in the "
                   "owner-only file %1 with --allow-insecure-storage.")
                    .arg(QDir::toNativeSeparators(store.insecureFilePath()));
    return text;
}

// Runs `start`, then an event loop until `finished` fires (or the timeout): the CLI has no other
// loop, and the keychain answers asynchronously.
template <typename Signal, typename Handler>
bool runUntil(CredentialStore &store, Signal finished, Handler handler, const std::function<void()> &start) {
    QEventLoop loop;
    bool done = false;
    const auto connection = QObject::connect(&store, finished, &loop, [&](auto... args) {
        done = true;
        handler(args...);
        loop.quit();
    });
    QTimer::singleShot(kKeychainTimeoutMs, &loop, &QEventLoop::quit);
    start();
    if (!done)
        loop.exec();
    QObject::disconnect(connection);
    return done;
}

bool ensureChecked(CredentialStore &store) {
    if (store.isChecked())
        return true;
    return runUntil(
        store, &CredentialStore::availabilityChecked, [](bool) {}, [&store] { store.start(); });
}

int setCredential(Service service, bool allowInsecure, CredentialStore &store, CliContext &context) {
    QTextStream &err = *context.err;
    if (!ensureChecked(store)) {
        err << tr("The keychain did not answer.") << '\n';
        return ExitFailure;
    }
    if (allowInsecure && !store.isAvailable()) {
        QString error;
        if (!store.setInsecureStorageAllowed(true, &error)) {
            err << error << '\n';
            return ExitFailure;
        }
        err << tr("WARNING: no keychain is available. Tokens will be stored unencrypted in %1, readable by "
                  "anyone with access to your account.")
                   .arg(QDir::toNativeSeparators(store.insecureFilePath()))
            << '\n';
    }
    QString token;
    const QString prompt =
        tr("Paste the %1 token and press Enter (input is hidden): ").arg(net::serviceDisplayName(service));
    if (!readSecretLine(prompt, err, &token) || token.isEmpty()) {
        err << tr("No token given on standard input.") << '\n';
        return ExitUsage;
    }
    CredentialError result = CredentialError::BackendFailure;
    QString detail;
    const bool answered = runUntil(
        store, &CredentialStore::writeFinished,
        [&](Service, CredentialError error, const QString &text) {
            result = error;
            detail = text;
        },
        [&] { store.write(service, token); });
    token.fill(QLatin1Char('\0'));
    if (!answered) {
        err << tr("The keychain did not answer.") << '\n';
        return ExitFailure;
    }
    if (result != CredentialError::None) {
        err << errorText(result, detail, store) << '\n';
        return result == CredentialError::InvalidToken ? ExitUsage : ExitFailure;
    }
    *context.out << tr("%1 token stored in %2.")
                        .arg(net::serviceDisplayName(service),
                             store.status(service).location == secrets::CredentialLocation::Keychain
                                 ? tr("the system keychain")
                                 : QDir::toNativeSeparators(store.insecureFilePath()))
                 << '\n';
    return ExitOk;
}

int clearCredentials(const QList<Service> &services, CredentialStore &store, CliContext &context) {
    int code = ExitOk;
    for (Service service : services) {
        CredentialError result = CredentialError::BackendFailure;
        QString detail;
        const bool answered = runUntil(
            store, &CredentialStore::removeFinished,
            [&](Service, CredentialError error, const QString &text) {
                result = error;
                detail = text;
            },
            [&] { store.remove(service); });
        if (answered && result == CredentialError::None) {
            *context.out << tr("%1 token cleared.").arg(net::serviceDisplayName(service)) << '\n';
            continue;
        }
        *context.err << net::serviceDisplayName(service) << ": "
                     << (answered ? errorText(result, detail, store) : tr("The keychain did not answer."))
                     << '\n';
        code = ExitFailure;
    }
    return code;
}

int printStatus(CredentialStore &store, CliContext &context) {
    const bool checked = ensureChecked(store);
    QJsonArray services;
    for (Service service : integrations::allServices()) {
        const secrets::CredentialStatus status = store.status(service);
        services.append(QJsonObject{
            {QStringLiteral("service"), net::serviceKey(service)},
            {QStringLiteral("stored"), status.isStored()},
            {QStringLiteral("location"), secrets::locationId(status.location)},
            {QStringLiteral("updated_at"),
             status.isStored() ? QJsonValue(status.updatedAt.toString(Qt::ISODate)) : QJsonValue()},
        });
    }
    QTextStream &out = *context.out;
    if (context.json) {
        const QJsonObject report{
            {QStringLiteral("keychain_available"), checked && store.isAvailable()},
            {QStringLiteral("insecure_storage_allowed"), store.insecureStorageAllowed()},
            {QStringLiteral("services"), services},
        };
        out << QJsonDocument(report).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    out << tr("Keychain: %1")
               .arg(checked && store.isAvailable() ? tr("available")
                                                   : tr("NOT available (%1)").arg(store.keychainError()))
        << '\n';
    if (store.insecureStorageAllowed())
        out << tr("Insecure file storage: allowed (%1)")
                   .arg(QDir::toNativeSeparators(store.insecureFilePath()))
            << '\n';
    for (Service service : integrations::allServices()) {
        const secrets::CredentialStatus status = store.status(service);
        const QString state =
            status.isStored()
                ? tr("stored in %1, updated %2")
                      .arg(status.location == secrets::CredentialLocation::Keychain ? tr("keychain")
                                                                                    : tr("file"),
                           status.updatedAt.toLocalTime().toString(Qt::ISODate))
                : tr("not set");
        out << QStringLiteral("%1 %2\n")
                   .arg(net::serviceDisplayName(service) + QLatin1Char(':'), -11)
                   .arg(state);
    }
    return ExitOk;
}

} // namespace

QString CredentialsCommand::summary() const {
    return tr("Service tokens in the keychain: set SERVICE (token on stdin), status, clear [SERVICE].");
}

void CredentialsCommand::addOptions(QCommandLineParser &parser) const {
    parser.addPositionalArgument(QStringLiteral("action"), tr("set, status or clear."));
    parser.addPositionalArgument(QStringLiteral("service"), serviceList(), QStringLiteral("[service]"));
    parser.addOption({kAllowInsecure, tr("With set: when no keychain is available, store tokens in an "
                                         "unencrypted owner-only file (explicit opt-in).")});
}

int CredentialsCommand::run(const QCommandLineParser &parser, const QStringList &positional,
                            CliContext &context) {
    QTextStream &err = *context.err;
    const QString action = positional.value(0);
    const QString serviceArgument = positional.value(1);
    if (positional.size() > 2) {
        err << tr("Too many arguments. The token is read from standard input, never from the command line.")
            << '\n';
        return ExitUsage;
    }
    std::optional<Service> service;
    if (!serviceArgument.isEmpty()) {
        service = integrations::serviceFromKey(serviceArgument);
        if (!service) {
            err << tr("Unknown service '%1'; use one of %2.").arg(serviceArgument, serviceList()) << '\n';
            return ExitUsage;
        }
    }

    storage::SettingsRepository settings(*context.database);
    secrets::CredentialIndex index(settings);
    CredentialStore store(index,
                          {QStringLiteral("Prospector"),
                           QDir(context.paths.dataDir()).filePath(CredentialStore::insecureFileName())});

    if (action == QLatin1String("set")) {
        if (!service) {
            err << tr("Which service? Use: credentials set %1").arg(serviceList()) << '\n';
            return ExitUsage;
        }
        return setCredential(*service, parser.isSet(kAllowInsecure), store, context);
    }
    if (action == QLatin1String("status")) {
        if (service) {
            err << tr("status takes no service.") << '\n';
            return ExitUsage;
        }
        return printStatus(store, context);
    }
    if (action == QLatin1String("clear"))
        return clearCredentials(service ? QList<Service>{*service} : integrations::allServices(), store,
                                context);
    err << (action.isEmpty() ? tr("Missing action.") : tr("Unknown action '%1'.").arg(action)) << ' '
        << tr("Use: credentials set %1 | status | clear [SERVICE]").arg(serviceList()) << '\n';
    return ExitUsage;
}

} // namespace prospector::cli
