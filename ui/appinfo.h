#pragma once

#include "singletonprovider.h"

#include <QObject>
#include <QQmlEngine>

namespace prospector::ui {

// Facts about this run of the app that pages show (version, where data lives, sandbox mode).
class AppInfo : public QObject, public SingletonProvider<AppInfo> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString dataDir READ dataDir CONSTANT)
    Q_PROPERTY(QString logDir READ logDir CONSTANT)
    Q_PROPERTY(bool sandbox READ sandbox CONSTANT)

public:
    AppInfo(QString dataDir, QString logDir, bool sandbox, QObject *parent = nullptr);

    QString version() const;
    QString dataDir() const { return m_dataDir; }
    QString logDir() const { return m_logDir; }
    bool sandbox() const { return m_sandbox; }

private:
    QString m_dataDir;
    QString m_logDir;
    bool m_sandbox;
};

} // namespace prospector::ui
