#pragma once

#include <QObject>
#include <QString>

namespace prospector::secrets {

// Asks the OS keychain whether it can serve us, without storing anything: it reads an entry that
// does not exist. "Not found" means a working backend; "no backend" or a D-Bus failure means none.
class KeychainProbe : public QObject {
    Q_OBJECT
public:
    explicit KeychainProbe(QString service, QObject *parent = nullptr);

    void start();

    bool isAvailable() const { return m_available; }
    QString backendError() const { return m_error; }

Q_SIGNALS:
    void finished(bool available);

private:
    QString m_service;
    bool m_available = false;
    QString m_error;
};

} // namespace prospector::secrets
