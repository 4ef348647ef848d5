#include "databaseupgrade.h"

#include "storage/database.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <memory>

namespace prospector::ui {

DatabaseUpgrade::DatabaseUpgrade(storage::Database &database, QList<storage::Migration> migrations,
                                 QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_migrations(std::move(migrations)) {}

bool DatabaseUpgrade::isNeeded() const {
    return m_database.needsUpgrade(m_migrations);
}

bool DatabaseUpgrade::open(bool showWindow, QString *error) {
    if (!isNeeded())
        return m_database.open(error, m_migrations);

    bool opened = false;
    QString openError;
    // Its own thread, not the pool: the thread's connection closes when it ends, before the app
    // opens its own.
    std::unique_ptr<QThread> worker(
        QThread::create([&] { opened = m_database.open(&openError, m_migrations); }));
    std::unique_ptr<QProgressDialog> window;
    if (showWindow) {
        window = std::make_unique<QProgressDialog>();
        window->setWindowTitle(tr("Updating Prospector"));
        window->setLabelText(tr("Updating your prospect database for this version of Prospector.\n"
                                "This happens once, and takes up to a minute for a large database."));
        window->setRange(0, 0); // no steps to count: SQLite reports none inside a statement
        window->setCancelButton(nullptr);
        window->setMinimumDuration(0);
        window->setWindowModality(Qt::ApplicationModal);
        window->show();
    }
    QEventLoop loop;
    connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    Q_EMIT upgradeStarted();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    worker->wait();
    if (!opened && error)
        *error = openError;
    return opened;
}

} // namespace prospector::ui
