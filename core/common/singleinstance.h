#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace prospector {

// One Prospector window per user and data directory. The first process listens on a local
// socket; a later launch hands its arguments (e.g. a CSV to open) to the first and exits.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;

    // True when this process is now the primary instance. False when another instance received
    // `arguments` (the caller should then exit).
    bool claim(const QStringList &arguments);

    QString serverName() const { return m_serverName; }

Q_SIGNALS:
    void activationRequested(const QStringList &arguments);

private:
    void onNewConnection();

    QString m_serverName;
    QLocalServer *m_server = nullptr;
};

} // namespace prospector
