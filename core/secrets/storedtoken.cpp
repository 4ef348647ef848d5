#include "secrets/storedtoken.h"

#include "common/apppaths.h"
#include "secrets/credentialindex.h"
#include "secrets/credentialstore.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"

#include <QDir>
#include <QEventLoop>
#include <QTimer>

namespace prospector::secrets {

QString readStoredToken(const QString &dataDir, integrations::Service service, QString *error) {
    const AppPaths paths(dataDir);
    storage::Database database(paths.databaseFile());
    QString openError;
    if (!database.open(&openError)) {
        if (error)
            *error = openError;
        return {};
    }
    storage::SettingsRepository settings(database);
    CredentialIndex index(settings);
    CredentialStore store(index, {QStringLiteral("Prospector"),
                                  QDir(paths.dataDir()).filePath(CredentialStore::insecureFileName())});
    QString token;
    bool answered = false;
    QEventLoop loop;
    QObject::connect(
        &store, &CredentialStore::readFinished, &loop,
        [&](net::Service finished, const QString &value, CredentialError, const QString &detail) {
            if (finished != service)
                return;
            token = value;
            answered = true;
            if (error && value.isEmpty())
                *error = detail;
            loop.quit();
        });
    // Keychain answers come over D-Bus; a stuck backend must not hang a scripted run forever.
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    store.start();
    store.read(service);
    if (!answered)
        loop.exec();
    if (!answered && error)
        *error = QStringLiteral("the keychain did not answer within 15 s");
    return token;
}

} // namespace prospector::secrets
