#include "secrets/keychainprobe.h"

#include <qt6keychain/keychain.h>

namespace prospector::secrets {

KeychainProbe::KeychainProbe(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service)) {}

void KeychainProbe::start() {
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(QStringLiteral("prospector/availability-probe"));
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *finishedJob) {
        const QKeychain::Error error = finishedJob->error();
        m_available = error == QKeychain::NoError || error == QKeychain::EntryNotFound;
        m_error = m_available ? QString() : finishedJob->errorString();
        Q_EMIT finished(m_available);
    });
    job->start();
}

} // namespace prospector::secrets
