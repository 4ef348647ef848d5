#include "appinfo.h"

#include "common/version.h"

namespace prospector::ui {

AppInfo::AppInfo(QString dataDir, QString logDir, bool sandbox, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_logDir(std::move(logDir))
    , m_sandbox(sandbox) {}

QString AppInfo::version() const {
    return QString::fromLatin1(kVersion);
}

} // namespace prospector::ui
